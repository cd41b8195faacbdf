/**
 * The callback protocol WeChat Official Accounts and WeCom apps share: signatures, AES safe mode,
 * hardened XML, passive replies, and {@link dev.digestbot.channel.callback.CallbackChannel}, what
 * each of the two channels builds on.
 */
package dev.digestbot.channel.callback;
