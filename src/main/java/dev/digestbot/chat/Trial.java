package dev.digestbot.chat;

import dev.digestbot.faq.FaqSnapshot;
import dev.digestbot.match.ConfidenceModel;
import dev.digestbot.match.Matcher;
import java.util.Objects;

/**
 * An operator's "try it": what the bot replies to a group member who @mentions it with a message,
 * and the matcher's reasons, from the FAQ version and model that decided.
 *
 * @param explanation every stage of the match
 * @param reply the reply text, exactly as the group would read it
 */
public record Trial(Matcher.Explanation explanation, String reply, FaqSnapshot snapshot, ConfidenceModel model) {

    public Trial {
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(reply, "reply");
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(model, "model");
    }
}
