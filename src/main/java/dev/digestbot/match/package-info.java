/** Matching chat text to FAQ entries: normalize, tokenize, BM25 candidates, rerank, decide; no I/O. */
package dev.digestbot.match;
