/** Chat messages, group-chat manners (when to speak) and reply formatting. */
package dev.digestbot.chat;
