package dev.digestbot.channel.wechat;

import dev.digestbot.channel.callback.CallbackAuth;
import dev.digestbot.channel.callback.EncodingAesKey;
import dev.digestbot.channel.callback.PassiveReplier;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The Official Account channel, from the {@code wechat.*} config keys. A blank value counts as
 * absent: without a token the channel is off, without an AES key safe mode is off.
 * {@link #toString()} never shows the token or the keys.
 *
 * @param token the Token of the server config; null turns the channel off
 * @param aesKey the current EncodingAESKey
 * @param previousAesKey the EncodingAESKey before the last rotation, still accepted
 * @param appId the AppID every encrypted message must be addressed to
 * @param timestampWindowSeconds how far a request's timestamp may be from now
 * @param replyBudgetMillis how long a request waits for its reply before answering success
 * @param welcome the text a new follower gets
 */
public record WechatSettings(String token, String aesKey, String previousAesKey, String appId,
        int timestampWindowSeconds, int replyBudgetMillis, String welcome) {

    public WechatSettings {
        token = blankToNull(token);
        aesKey = blankToNull(aesKey);
        previousAesKey = blankToNull(previousAesKey);
        appId = blankToNull(appId);
        if (aesKey != null) {
            EncodingAesKey.parse("wechat.aesKey", aesKey);
            if (appId == null) {
                throw new IllegalArgumentException(
                        "wechat.appId: blank (expected: the AppID, required with wechat.aesKey)");
            }
        }
        if (previousAesKey != null) {
            EncodingAesKey.parse("wechat.previousAesKey", previousAesKey);
            if (aesKey == null) {
                throw new IllegalArgumentException("wechat.previousAesKey: set without "
                        + "wechat.aesKey (expected: the current key too)");
            }
        }
        if (timestampWindowSeconds < 1 || timestampWindowSeconds > 86_400) {
            throw new IllegalArgumentException("wechat.timestampWindowSeconds: "
                    + timestampWindowSeconds + " (expected: 1..86400)");
        }
        if (replyBudgetMillis < 100 || replyBudgetMillis > 4900) {
            throw new IllegalArgumentException("wechat.replyBudgetMillis: " + replyBudgetMillis
                    + " (expected: 100..4900, under the platform's 5 s deadline)");
        }
        Objects.requireNonNull(welcome, "wechat.welcome");
        if (welcome.isBlank()) {
            throw new IllegalArgumentException("wechat.welcome: blank (expected: a welcome text)");
        }
    }

    /** Settings with only a token (plain mode) and the defaults. */
    public static WechatSettings plain(String token) {
        return new WechatSettings(token, null, null, null, CallbackAuth.DEFAULT_WINDOW_SECONDS,
                PassiveReplier.DEFAULT_BUDGET_MILLIS, PassiveReplier.DEFAULT_WELCOME);
    }

    public boolean enabled() {
        return token != null;
    }

    public boolean safeMode() {
        return aesKey != null;
    }

    /** The current key, then the previous one if set; empty when safe mode is off. */
    public List<EncodingAesKey> keys() {
        List<EncodingAesKey> keys = new ArrayList<>();
        if (aesKey != null) {
            keys.add(EncodingAesKey.parse("wechat.aesKey", aesKey));
        }
        if (previousAesKey != null) {
            keys.add(EncodingAesKey.parse("wechat.previousAesKey", previousAesKey));
        }
        return List.copyOf(keys);
    }

    @Override
    public String toString() {
        return "WechatSettings[token=" + (token == null ? "unset" : "***") + ", aesKey="
                + (aesKey == null ? "unset" : "***") + ", previousAesKey="
                + (previousAesKey == null ? "unset" : "***") + ", appId=" + appId
                + ", timestampWindowSeconds=" + timestampWindowSeconds + ", replyBudgetMillis="
                + replyBudgetMillis + "]";
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
