package dev.digestbot.chat;

import java.util.regex.Pattern;

/**
 * Reads @mentions in group text. Clients write {@code @name} followed by a space, or by U+2005
 * (FOUR-PER-EM SPACE) on mobile; display names may contain spaces, so the bot's own mention is
 * found by its known name rather than by splitting on whitespace.
 */
public final class Mentions {

    private static final Pattern ANY_MENTION = Pattern.compile("(?:^|[\\s\\u2005])@[^\\s\\u2005@]+");

    private final Pattern own;

    public Mentions(String botName) {
        this.own = Pattern.compile("@" + Pattern.quote(botName) + "(?:[\\s\\u2005\\u00A0]|$)");
    }

    public boolean mentionsBot(String text) {
        return own.matcher(text).find();
    }

    /** The text without the bot's @mentions, stripped of surrounding whitespace (U+2005 too). */
    public String stripBot(String text) {
        return own.matcher(text).replaceAll("").strip();
    }

    /** Whether the text @mentions anyone other than the bot. */
    public boolean mentionsOthers(String text) {
        return ANY_MENTION.matcher(own.matcher(text).replaceAll(" ")).find();
    }
}
