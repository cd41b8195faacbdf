/** The generic group-chat webhook: JSON in, JSON out, for bridges of any platform. */
package dev.digestbot.channel.generic;
