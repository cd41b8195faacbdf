package dev.digestbot.channel.callback;

import java.util.regex.Pattern;

/** Renders the passive reply documents: a text reply, and the envelope of an encrypted one. */
public final class ReplyXml {

    private static final Pattern ILLEGAL_CONTROLS = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]");

    private ReplyXml() {
    }

    /** A text reply to {@code inbound}: sender and receiver swapped. */
    public static String text(CallbackMessage inbound, String content, long createTime) {
        return "<xml>"
                + "<ToUserName>" + cdata(inbound.fromUser()) + "</ToUserName>"
                + "<FromUserName>" + cdata(inbound.toUser()) + "</FromUserName>"
                + "<CreateTime>" + createTime + "</CreateTime>"
                + "<MsgType><![CDATA[text]]></MsgType>"
                + "<Content>" + cdata(content) + "</Content>"
                + "</xml>";
    }

    /** The safe-mode envelope, laid out as the official example prints it. */
    public static String encrypted(String encrypt, String msgSignature, long timestamp,
            String nonce) {
        return "<xml>\n"
                + "<Encrypt>" + cdata(encrypt) + "</Encrypt>\n"
                + "<MsgSignature>" + cdata(msgSignature) + "</MsgSignature>\n"
                + "<TimeStamp>" + timestamp + "</TimeStamp>\n"
                + "<Nonce>" + cdata(nonce) + "</Nonce>\n"
                + "</xml>";
    }

    /**
     * A CDATA section; a {@code ]]>} inside the text is split across two sections, and control
     * characters XML 1.0 forbids are dropped so the client can still parse the reply.
     */
    static String cdata(String text) {
        String legal = ILLEGAL_CONTROLS.matcher(text).replaceAll("");
        return "<![CDATA[" + legal.replace("]]>", "]]]]><![CDATA[>") + "]]>";
    }
}
