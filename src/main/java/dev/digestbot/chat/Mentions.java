package dev.digestbot.chat;

import java.util.regex.Pattern;

/**
 * Reads @mentions in group text. Clients write {@code @name} followed by a space: U+0020, U+2005
 * (FOUR-PER-EM SPACE) on mobile, U+3000 from Chinese input methods, or any other Unicode space;
 * display names may contain spaces, so the bot's own mention is found by its known name rather
 * than by splitting on whitespace.
 */
public final class Mentions {

    private static final Pattern ANY_MENTION = Pattern.compile("(?:^|[\\s\\p{Z}])@[^\\s\\p{Z}@]+");
    private static final Pattern EDGE_SPACES = Pattern.compile("^[\\s\\p{Z}]+|[\\s\\p{Z}]+$");

    private final Pattern own;

    public Mentions(String botName) {
        this.own = Pattern.compile("@" + Pattern.quote(botName) + "(?:[\\s\\p{Z}]|$)");
    }

    public boolean mentionsBot(String text) {
        return own.matcher(text).find();
    }

    /** The text without the bot's @mentions, stripped of surrounding spaces of every kind. */
    public String stripBot(String text) {
        return EDGE_SPACES.matcher(own.matcher(text).replaceAll("")).replaceAll("");
    }

    /** Whether the text @mentions anyone other than the bot. */
    public boolean mentionsOthers(String text) {
        return ANY_MENTION.matcher(own.matcher(text).replaceAll(" ")).find();
    }
}
