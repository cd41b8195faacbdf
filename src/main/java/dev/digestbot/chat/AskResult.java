package dev.digestbot.chat;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.digestbot.faq.Entry;
import dev.digestbot.faq.FaqSnapshot;
import dev.digestbot.faq.Followup;
import dev.digestbot.faq.Source;
import dev.digestbot.match.Candidate;
import dev.digestbot.match.Decision;
import java.util.List;

/**
 * The {@code /api/ask} answer (and one line of {@code ask --batch}): the reply text when the bot
 * is confident, else suggestions.
 */
@JsonPropertyOrder({"answered", "reply", "score", "entry", "suggestions"})
public record AskResult(boolean answered, String reply, double score, EntryView entry,
        List<SuggestionView> suggestions) {

    /** An entry as answers show it, with its link resolved from the project table. */
    @JsonPropertyOrder({"id", "question", "answer", "project", "link", "source", "followups"})
    public record EntryView(String id, String question, String answer, String project, String link,
            Source source, List<Followup> followups) {

        static EntryView of(Entry e, FaqSnapshot snapshot) {
            return new EntryView(e.id(), e.question(), e.answer(), e.project(),
                    snapshot.linkOf(e).orElse(null), e.source(), e.followups());
        }
    }

    @JsonPropertyOrder({"id", "question", "score"})
    public record SuggestionView(String id, String question, double score) {

        static SuggestionView of(Candidate c) {
            return new SuggestionView(c.entry().id(), c.entry().question(), round(c.score()));
        }
    }

    public static AskResult of(Decision decision, FaqSnapshot snapshot) {
        if (decision.answered()) {
            return new AskResult(true, ReplyFormatter.answer(decision, snapshot),
                    round(decision.score()), EntryView.of(decision.entry(), snapshot), List.of());
        }
        List<SuggestionView> suggestions = decision.verdict() == Decision.Verdict.SUGGEST
                ? decision.candidates().stream().map(SuggestionView::of).toList()
                : List.of();
        return new AskResult(false, null, round(decision.score()), null, suggestions);
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }
}
