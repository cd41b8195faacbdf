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

    public ChatService(Supplier<Matcher> matcher, String botName) {
        this.matcher = matcher;
        this.botName = botName;
    }

    public Optional<String> reply(ChatMessage message) {
        Matcher current = matcher.get();
        Decision decision = current.match(message.text());
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
}
