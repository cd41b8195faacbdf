/** Scoring the matcher on labelled chat messages, shared by the {@code eval} command and the tests. */
package dev.digestbot.eval;
