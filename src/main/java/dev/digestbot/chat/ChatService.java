package dev.digestbot.chat;

import dev.digestbot.match.Decision;
import dev.digestbot.match.Matcher;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Decides what the bot says to a chat message. A confident answer is always given; without one
 * the bot stays silent unless it was @mentioned, and then offers "did you mean" suggestions or
 * says it does not know yet.
 */
public final class ChatService {

    private final Supplier<Matcher> matcher;
    private final String botName;
    private final DecisionObserver observer;

    public ChatService(Supplier<Matcher> matcher, String botName, DecisionObserver observer) {
        this.matcher = matcher;
        this.botName = botName;
        this.observer = observer;
    }

    /** The {@code /api/ask} answer for a text, observed as a message of channel {@code api}. */
    public AskResult ask(String text) {
        Matcher current = matcher.get();
        return AskResult.of(decide(current, "api", text), current.snapshot());
    }

    public Optional<String> reply(ChatMessage message) {
        Matcher current = matcher.get();
        Decision decision = decide(current, message.channel(), message.text());
        if (decision.answered()) {
            return Optional.of(ReplyFormatter.answer(decision.entry(), current.snapshot()));
        }
        if (!message.mentioned() && !message.text().contains("@" + botName)) {
            return Optional.empty();
        }
        return Optional.of(decision.verdict() == Decision.Verdict.SUGGEST
                ? ReplyFormatter.suggestions(decision.candidates())
                : ReplyFormatter.unknown());
    }

    private Decision decide(Matcher current, String channel, String text) {
        long started = System.nanoTime();
        Decision decision = current.match(text);
        observer.decided(channel, text, decision, System.nanoTime() - started);
        return decision;
    }
}
