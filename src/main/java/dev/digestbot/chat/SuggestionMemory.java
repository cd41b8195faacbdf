package dev.digestbot.chat;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.digestbot.faq.Entry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last "did you mean" list offered to each sender in each chat, kept for a few minutes so a
 * following "2" gets entry 2's answer. Thread-safe; time comes from the injected clock.
 */
public final class SuggestionMemory {

    private static final Pattern CHOICE = Pattern.compile("^[#＃]?([1-9１-９])[.。、)）]?$");

    private final Cache<String, List<Entry>> offered;

    public SuggestionMemory(Duration ttl, Clock clock) {
        this.offered = Caffeine.newBuilder()
                .expireAfterWrite(ttl)
                .ticker(ClockTicker.of(clock))
                .executor(Runnable::run)
                .maximumSize(100_000)
                .build();
    }

    public void remember(ChatMessage message, List<Entry> suggestions) {
        offered.put(key(message), List.copyOf(suggestions));
    }

    /**
     * The entry a bare number picks from the list last offered to this sender in this chat; the
     * list is forgotten once picked from.
     */
    public Optional<Entry> choice(ChatMessage message, String text) {
        Matcher number = CHOICE.matcher(text.strip());
        if (!number.matches()) {
            return Optional.empty();
        }
        List<Entry> list = offered.getIfPresent(key(message));
        int index = Character.getNumericValue(number.group(1).charAt(0)) - 1;
        if (list == null || index >= list.size()) {
            return Optional.empty();
        }
        offered.invalidate(key(message));
        return Optional.of(list.get(index));
    }

    private static String key(ChatMessage message) {
        return message.channel() + "\u0000" + message.chatId() + "\u0000" + message.sender();
    }
}
