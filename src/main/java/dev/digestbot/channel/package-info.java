/**
 * The chat channel seam: {@link dev.digestbot.channel.ChatChannel}, implemented once per platform
 * in a sub-package, and what a channel hands the HTTP layer (a response or a rejection).
 */
package dev.digestbot.channel;
