package dev.digestbot.ops;

import dev.digestbot.chat.DecisionObserver;
import dev.digestbot.match.Decision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line per handled message: channel, decision, entry id, score and latency. The entry is
 * the answer for ANSWER and the best candidate otherwise ({@code -} when there is none). A reply
 * that was not delivered gets a line with the reason instead. The text is not logged: chat
 * messages may carry what people did not mean to publish.
 */
public final class MessageLog implements DecisionObserver {

    private static final Logger LOG = LoggerFactory.getLogger(MessageLog.class);

    @Override
    public void decided(String channel, String text, Decision decision, long nanos) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        String entry = decision.entry() != null ? decision.entry().id()
                : decision.candidates().isEmpty() ? "-" : decision.candidates().get(0).entry().id();
        LOG.info("message channel={} decision={} entry={} score={} latencyMs={}", channel,
                decision.verdict(), entry, rounded(decision.score(), 1000), rounded(nanos / 1e6, 100));
    }

    @Override
    public void dropped(String channel, String reason) {
        LOG.info("message channel={} dropped={}", channel, reason);
    }

    /** The value to the nearest 1/{@code scale}: cheaper than String.format, which this line would pay per message. */
    private static double rounded(double value, int scale) {
        return Math.round(value * scale) / (double) scale;
    }
}
