package dev.digestbot.match;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Numbers the distinct terms of documents analysed in parallel, so the index build works on
 * arrays of term ids rather than lists of strings. Threads look terms up concurrently and get
 * provisional ids in whatever order they arrive; {@link #renumber} then gives every term its id
 * by first occurrence in document order, so the ids (and every sum taken in id order) are the
 * same however the analysis was scheduled.
 */
final class TermDictionary {

    private static final int PAIR_BITS = 17;
    private static final int PAIR_SLOTS = 1 << PAIR_BITS;
    private static final int PAIR_PROBES = 8;

    private final Map<String, Integer> provisional = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();
    /** The provisional id plus one of each one-character term, by character; 0 until looked up. */
    private final AtomicIntegerArray characterIds = new AtomicIntegerArray(0x10000);
    /**
     * Two-character terms by their characters, hashed with linear probing, as the characters in
     * the high half and the provisional id plus one in the low half (0: empty), so a CJK bigram
     * needs no string once looked up. Slots are only ever filled; a term that finds no slot
     * within {@link #PAIR_PROBES} is looked up by its string.
     */
    private final AtomicLongArray pairIds = new AtomicLongArray(PAIR_SLOTS);

    /** Collects the provisional ids of the terms it is given, in order. One thread at a time. */
    final class Ids implements Tokenizer.Terms {
        private int[] ids = new int[32];
        private int size;

        @Override
        public void word(String term) {
            add(id(term));
        }

        @Override
        public void character(int cp) {
            add(characterId(cp));
        }

        @Override
        public void bigram(String text, int start, int end) {
            add(end - start == 2 ? pairId(text.charAt(start), text.charAt(start + 1)) : id(text.substring(start, end)));
        }

        private void add(int id) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
            }
            ids[size++] = id;
        }

        /** The ids collected since the last call. */
        int[] take() {
            int[] taken = Arrays.copyOf(ids, size);
            size = 0;
            return taken;
        }
    }

    /** A new, empty collector of term ids. */
    Ids ids() {
        return new Ids();
    }

    /** The provisional id of the term. Thread-safe. */
    int id(String term) {
        Integer id = provisional.get(term);
        return id != null ? id : provisional.computeIfAbsent(term, t -> next.getAndIncrement());
    }

    private int characterId(int cp) {
        if (cp >= characterIds.length()) {
            return id(new String(Character.toChars(cp)));
        }
        int id = characterIds.get(cp) - 1;
        if (id < 0) {
            id = id(String.valueOf((char) cp));
            characterIds.lazySet(cp, id + 1);
        }
        return id;
    }

    private int pairId(char first, char second) {
        long key = (long) (first << 16 | second) << 32;
        int slot = (first * 31 + second) * 0x9E3779B1 >>> (Integer.SIZE - PAIR_BITS);
        for (int probe = 0; probe < PAIR_PROBES; probe++, slot = (slot + 1) & (PAIR_SLOTS - 1)) {
            long entry = pairIds.get(slot);
            if (entry == 0) {
                int id = id(new String(new char[] {first, second}));
                pairIds.compareAndSet(slot, 0, key | (id + 1));
                return id;
            }
            if ((entry & 0xFFFF_FFFF_0000_0000L) == key) {
                return (int) entry - 1;
            }
        }
        return id(new String(new char[] {first, second}));
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
