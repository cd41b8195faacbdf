/** WeChat Official Account callbacks: signatures, AES safe mode, hardened XML, passive replies. */
package dev.digestbot.channel.wechat;
