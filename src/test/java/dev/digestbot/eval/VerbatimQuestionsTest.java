package dev.digestbot.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.digestbot.faq.Entry;
import dev.digestbot.faq.FaqSnapshot;
import dev.digestbot.match.Decision;
import dev.digestbot.match.MatchSettings;
import dev.digestbot.match.Matcher;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 3's target: with the shipped FAQ, each entry's question asked verbatim is answered with
 * its own entry — or with a near-duplicate of it, when a later digest repeated the question and
 * the matcher groups the two. Disabled entries are never answered, so they are not asked.
 */
class VerbatimQuestionsTest {

    @Test
    void every_imported_question_asked_verbatim_is_answered_with_its_own_entry() throws Exception {
        FaqSnapshot snapshot = ShippedFaq.snapshot();
        Matcher matcher = Matcher.build(snapshot, MatchSettings.defaults());
        List<String> misses = new ArrayList<>();
        for (Entry entry : snapshot.entries()) {
            if (!entry.enabled()) {
                continue;
            }
            Decision decision = matcher.match(entry.question());
            boolean own = decision.answered() && (decision.entry().id().equals(entry.id())
                    || matcher.nearDuplicates(decision.entry(), entry));
            if (!own) {
                misses.add(entry.id() + " → " + decision.verdict() + " "
                        + (decision.entry() == null ? "" : decision.entry().id()) + " " + decision.score());
            }
        }
        assertEquals(List.of(), misses, misses.size() + " of " + snapshot.entries().size() + " missed");
    }
}
