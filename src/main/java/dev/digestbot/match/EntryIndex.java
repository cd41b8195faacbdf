package dev.digestbot.match;

import dev.digestbot.faq.Entry;
import dev.digestbot.faq.FaqSnapshot;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The second stage, built once per FAQ snapshot: the entries the bot may answer with (the
 * enabled ones, sorted by id; a document number is a position in that list), their terms in an
 * inverted index (BM25F over question phrasings and answer text), each entry's profile for the
 * ranker, and which entries ask the same question ({@link NearDuplicates}). Immutable and
 * thread-safe; the build analyses entries in parallel when there are many.
 */
final class EntryIndex {

    /** Entries analysed by one parallel task, with one buffer of term ids. */
    private static final int ANALYSIS_CHUNK = 256;
    private static final Comparator<Entry> BY_ID = Comparator.comparing(Entry::id);

    private final List<Entry> entries;
    private final InvertedIndex terms;
    private final EntryProfile[] profiles;
    private final NearDuplicates nearDuplicates;

    private EntryIndex(List<Entry> entries, InvertedIndex terms, EntryProfile[] profiles,
            NearDuplicates nearDuplicates) {
        this.entries = entries;
        this.terms = terms;
        this.profiles = profiles;
        this.nearDuplicates = nearDuplicates;
    }

    static EntryIndex build(FaqSnapshot snapshot, Analyzer analyzer) {
        // A disabled entry is never answered, so it is not even a candidate.
        List<Entry> entries = snapshot.entries().stream().filter(Entry::enabled).toList();
        int n = entries.size();
        TermDictionary dictionary = new TermDictionary();
        Analyzer.EntryTerms[] analyzed = new Analyzer.EntryTerms[n];
        BuildRange.of((n + ANALYSIS_CHUNK - 1) / ANALYSIS_CHUNK, n).forEach(chunk -> {
            TermDictionary.Ids ids = dictionary.ids();
            for (int d = chunk * ANALYSIS_CHUNK; d < Math.min(n, (chunk + 1) * ANALYSIS_CHUNK); d++) {
                analyzed[d] = analyzer.entry(entries.get(d), ids);
            }
        });
        // Ids by first occurrence over each entry's question variants, then its answers.
        List<int[]> idArrays = new ArrayList<>();
        for (Analyzer.EntryTerms a : analyzed) {
            idArrays.addAll(Arrays.asList(a.variantIds()));
            idArrays.add(a.answerIds());
        }
        List<String> termList = dictionary.renumber(idArrays);
        List<InvertedIndex.Fields> docs = new ArrayList<>(n);
        for (Analyzer.EntryTerms a : analyzed) {
            docs.add(new InvertedIndex.Fields(concat(a.variantIds()), a.answerIds()));
        }
        InvertedIndex index = InvertedIndex.build(termList, docs);
        ProjectAliases aliases = analyzer.aliases();
        Map<String, String> tokens = new HashMap<>();
        String[] projects = ProjectInference.infer(entries.stream()
                .map(e -> e.project() == null ? null : tokens.computeIfAbsent(e.project(), p -> specificProject(aliases, p)))
                .toArray(String[]::new), docs, index);
        EntryProfile[] profiles = BuildRange.of(n, n)
                .mapToObj(d -> EntryProfile.of(analyzed[d].variantIds(), analyzed[d].variantCompacts(),
                        analyzed[d].intents(), analyzed[d].named(), analyzed[d].answerIds(), projects[d], index))
                .toArray(EntryProfile[]::new);
        return new EntryIndex(entries, index, profiles, NearDuplicates.of(snapshot, entries, profiles));
    }

    /** The entries, by document number. */
    List<Entry> entries() {
        return entries;
    }

    Entry entry(int doc) {
        return entries.get(doc);
    }

    EntryProfile profile(int doc) {
        return profiles[doc];
    }

    InvertedIndex terms() {
        return terms;
    }

    NearDuplicates nearDuplicates() {
        return nearDuplicates;
    }

    /** The document number of an entry of this index, or -1 when it is not one (unknown or disabled). */
    int doc(Entry entry) {
        int at = Collections.binarySearch(entries, entry, BY_ID);
        return at >= 0 && entries.get(at).equals(entry) ? at : -1;
    }

    /** The canonical token of a specific project, null for none, unknown or umbrella ones. */
    private static String specificProject(ProjectAliases aliases, String project) {
        String token = aliases.tokenOf(project);
        return token == null || aliases.isUmbrella(token) ? null : token;
    }

    private static int[] concat(int[][] arrays) {
        int[] all = new int[Arrays.stream(arrays).mapToInt(a -> a.length).sum()];
        int at = 0;
        for (int[] a : arrays) {
            System.arraycopy(a, 0, all, at, a.length);
            at += a.length;
        }
        return all;
    }
}
