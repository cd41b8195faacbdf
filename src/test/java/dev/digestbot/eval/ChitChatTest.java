package dev.digestbot.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.digestbot.match.MatchSettings;
import dev.digestbot.match.Matcher;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Group-chat messages that ask the bot nothing (greetings, thanks, acknowledgements, event
 * logistics, ads, release news, unrelated tech questions), written for this project in the style
 * of a SOFAStack group and not taken from the dev set: with every digest imported, the bot must
 * stay silent on at least 98 % of them, the limit for offtopic lines.
 */
class ChitChatTest {

    static final double MAX_FALSE_ANSWERS = 0.02;

    @Test
    void theBotStaysSilentOnChitChat() throws Exception {
        Matcher matcher = Matcher.build(SharedDigests.allDigests(), MatchSettings.defaults());
        Path set = Path.of(ChitChatTest.class.getResource("/dev/digestbot/train/chit-chat.jsonl").toURI());
        EvalReport report = new Scorer(matcher).score(LabelledSet.read(set));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        report.print(new PrintStream(out, true, StandardCharsets.UTF_8));
        assertTrue(report.level("offtopic").falseAnswerRate() <= MAX_FALSE_ANSWERS,
                "false answers on chit-chat\n" + out.toString(StandardCharsets.UTF_8));
    }
}
