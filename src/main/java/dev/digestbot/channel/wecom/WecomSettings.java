package dev.digestbot.channel.wecom;

import dev.digestbot.channel.callback.EncodingAesKey;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * The WeCom channels, from the {@code wecom.*} config keys. A blank value counts as absent:
 * without a token the app callback is off, without a webhook the robot is off.
 * {@link #toString()} never shows the token, the key or the webhook (its {@code key} is the
 * robot's only credential).
 *
 * @param token the app callback Token
 * @param aesKey the app callback EncodingAESKey, required with the token
 * @param corpId the CorpID every callback must be addressed to, required with the token
 * @param robotWebhook the group robot's {@code https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…}
 * @param robotFormat {@code text} or {@code markdown}
 */
public record WecomSettings(String token, String aesKey, String corpId, URI robotWebhook,
        String robotFormat) {

    public WecomSettings {
        token = blankToNull(token);
        aesKey = blankToNull(aesKey);
        corpId = blankToNull(corpId);
        if (token != null) {
            EncodingAesKey.parse("wecom.aesKey", aesKey);
            if (corpId == null) {
                throw new IllegalArgumentException(
                        "wecom.corpId: blank (expected: the CorpID, required with wecom.token)");
            }
        }
        if (robotWebhook != null && !"https".equals(robotWebhook.getScheme())
                && !"http".equals(robotWebhook.getScheme())) {
            throw new IllegalArgumentException("wecom.robotWebhook: a " + robotWebhook.getScheme()
                    + " URL (expected: an http or https URL)");
        }
        Objects.requireNonNull(robotFormat, "wecom.robotFormat");
        robotFormat = robotFormat.strip().toLowerCase(Locale.ROOT);
        if (!robotFormat.equals("text") && !robotFormat.equals("markdown")) {
            throw new IllegalArgumentException("wecom.robotFormat: " + robotFormat
                    + " (expected: text or markdown)");
        }
    }

    /** Reads the webhook setting, blank meaning none. */
    public static URI webhook(String value) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            return URI.create(v);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("wecom.robotWebhook: not a URL (expected: "
                    + "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…)");
        }
    }

    public boolean appEnabled() {
        return token != null;
    }

    public boolean robotEnabled() {
        return robotWebhook != null;
    }

    public EncodingAesKey key() {
        return EncodingAesKey.parse("wecom.aesKey", aesKey);
    }

    @Override
    public String toString() {
        return "WecomSettings[token=" + (token == null ? "unset" : "***") + ", aesKey="
                + (aesKey == null ? "unset" : "***") + ", corpId=" + corpId + ", robotWebhook="
                + (robotWebhook == null ? "unset" : "***") + ", robotFormat=" + robotFormat + "]";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
