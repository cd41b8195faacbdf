package dev.digestbot.match;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Numbers the distinct terms of documents analysed in parallel, so the index build works on
 * arrays of term ids rather than lists of strings. Threads look terms up concurrently and get
 * provisional ids in whatever order they arrive; {@link #renumber} then gives every term its id
 * by first occurrence in document order, so the ids (and every sum taken in id order) are the
 * same however the analysis was scheduled.
 */
final class TermDictionary {

    private final Map<String, Integer> provisional = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();

    /** The provisional ids of the terms, in order. Thread-safe. */
    int[] ids(List<String> terms) {
        int[] ids = new int[terms.size()];
        for (int i = 0; i < ids.length; i++) {
            String term = terms.get(i);
            Integer id = provisional.get(term);
            ids[i] = id != null ? id : provisional.computeIfAbsent(term, t -> next.getAndIncrement());
        }
        return ids;
    }

    /**
     * Rewrites the provisional ids of the arrays, in place, to ids numbered by first occurrence
     * in the arrays taken in order, and answers the terms by their new id. The arrays must hold
     * every id handed out. Not thread-safe: call once, after all lookups.
     */
    List<String> renumber(List<int[]> arrays) {
        int[] renumbered = new int[next.get()];
        Arrays.fill(renumbered, -1);
        int count = 0;
        for (int[] ids : arrays) {
            for (int i = 0; i < ids.length; i++) {
                int id = renumbered[ids[i]];
                if (id < 0) {
                    id = count++;
                    renumbered[ids[i]] = id;
                }
                ids[i] = id;
            }
        }
        String[] terms = new String[count];
        provisional.forEach((term, id) -> terms[renumbered[id]] = term);
        return Arrays.asList(terms);
    }
}
