package dev.digestbot.eval;

import dev.digestbot.faq.FaqFormatException;
import dev.digestbot.faq.FaqSnapshot;
import dev.digestbot.faq.FaqStore;
import dev.digestbot.testing.SharedData;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;

/**
 * What the evaluation tests score: the FAQ the jar serves by default ({@code faq/}) and the
 * validation set of the shared folder ({@code ../shared/eval/dev.jsonl}, or under
 * {@code $DIGESTBOT_SHARED}); tests that need the latter skip without it, except on CI (env
 * {@code CI} set), where its absence fails them.
 */
final class ShippedFaq {

    private static FaqSnapshot snapshot;

    private ShippedFaq() {
    }

    static synchronized FaqSnapshot snapshot() throws IOException, FaqFormatException {
        if (snapshot == null) {
            snapshot = FaqStore.open(Path.of("faq"), Clock.systemUTC()).snapshot();
        }
        return snapshot;
    }

    static Path devSet() {
        return SharedData.require("eval").resolve("dev.jsonl");
    }
}
