package dev.digestbot.faq;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/** A later question and answer turn inside the same Q&A item. */
@JsonPropertyOrder({"question", "answer"})
public record Followup(String question, String answer) {

    public Followup {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
    }
}
