/** FAQ data: entries, projects, immutable snapshots and the durable {@code faq/} folder store. */
package dev.digestbot.faq;
