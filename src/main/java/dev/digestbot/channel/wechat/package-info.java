/** The WeChat Official Account channel on {@code /wechat}, and its {@code wechat.*} settings. */
package dev.digestbot.channel.wechat;
