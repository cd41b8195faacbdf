package dev.digestbot.ops;

import dev.digestbot.chat.DecisionObserver;
import dev.digestbot.match.Decision;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line per handled message: channel, decision, entry id, score and latency. The entry is
 * the answer for ANSWER and the best candidate otherwise ({@code -} when there is none). The text
 * is not logged: chat messages may carry what people did not mean to publish.
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
                decision.verdict(), entry, String.format(Locale.ROOT, "%.3f", decision.score()),
                String.format(Locale.ROOT, "%.2f", nanos / 1e6));
    }
}
