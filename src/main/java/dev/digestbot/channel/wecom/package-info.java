/** WeCom: the self-built app callback (always encrypted, receiveid = CorpID) and the group robot. */
package dev.digestbot.channel.wecom;
