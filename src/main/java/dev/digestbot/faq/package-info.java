/**
 * FAQ data: entries, projects, immutable snapshots and the rules they keep; {@link
 * dev.digestbot.faq.FaqRepository}, where every write is one checked change set, and its {@code
 * faq/} folder implementation.
 */
package dev.digestbot.faq;
