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
 * following "2" gets entry 2's answer, and "1" after it entry 1's: the list stays for its whole
 * lifetime. Thread-safe; time comes from the injected clock.
 */
public final class SuggestionMemory {

    /** A reply to a list: the entry it picked, or null when the list has no such number. */
    public record Pick(Entry entry, List<Entry> offered) {

        public Pick {
            offered = List.copyOf(offered);
        }
    }

    private static final Pattern CHOICE = Pattern.compile("^[#＃]?([1-9１-９])[.。、)）]?$");
    /** Unicode spaces, U+3000 and U+00A0 included, which {@link String#strip()} partly keeps. */
    private static final Pattern EDGE_SPACES = Pattern.compile("^[\\s\\p{Z}]+|[\\s\\p{Z}]+$");

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
     * What a bare number (surrounded by any spaces) picks from the list last offered to this
     * sender in this chat; empty when the text is not a bare number or no list is remembered.
     */
    public Optional<Pick> pick(ChatMessage message, String text) {
        Matcher number = CHOICE.matcher(EDGE_SPACES.matcher(text).replaceAll(""));
        if (!number.matches()) {
            return Optional.empty();
        }
        List<Entry> list = offered.getIfPresent(key(message));
        if (list == null) {
            return Optional.empty();
        }
        int index = Character.getNumericValue(number.group(1).charAt(0)) - 1;
        return Optional.of(new Pick(index < list.size() ? list.get(index) : null, list));
    }

    private static String key(ChatMessage message) {
        return message.channel() + "\u0000" + message.chatId() + "\u0000" + message.sender();
    }
}
