/** What every platform channel adapter hands to the HTTP layer: a response or a rejection. */
package dev.digestbot.channel;
