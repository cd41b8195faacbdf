package dev.digestbot.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The third stage: the candidates for a query, their signals ({@link Feature}) and their order.
 * Candidates are the {@link #TOP_K} best entries by BM25F over question phrasings and answer
 * text; each gets its signals, which look past BM25's sum: how much of the message the entry's
 * phrasings cover, and of the phrasing the message covers; whether a rare word of the message is
 * missing from the entry altogether (a sign it asks something no entry covers); whether both name
 * the same project; how much reads the same in order; whether both ask the same kind of question.
 * A project name the message shares with the entry's project counts as covered even where the
 * entry's text leaves it out. The model's rank weights order them; near-duplicates are grouped.
 *
 * <p>Stateless apart from the index; thread-safe.
 */
final class Ranker {

    static final int TOP_K = 20;

    /** Matched question weight, in units of the rarest term's idf, at which evidence is full. */
    private static final double FULL_EVIDENCE = 3;
    /** Credit for a unit the entry has only in its answer, or only as a single character. */
    private static final double ANSWER_CREDIT = 0.5;
    private static final double CHARACTER_CREDIT = 0.3;


    private final EntryIndex index;
    private final InvertedIndex terms;

    Ranker(EntryIndex index) {
        this.index = index;
        this.terms = index.terms();
    }

    /** The candidates for the query, in the model's order, near-duplicates grouped. */
    Ranking rank(Query q, ConfidenceModel model) {
        // Candidates come from the words and bigrams; single characters join only when the
        // message has nothing else the index knows (their posting lists are the longest).
        boolean words = false;
        for (int i = 0; i < q.size(); i++) {
            words |= q.ids[i] >= 0 && q.kindWeights[i] == 1.0;
        }
        double[] searchWeights = new double[q.size()];
        double best = 0;
        for (int i = 0; i < q.size(); i++) {
            searchWeights[i] = words && q.kindWeights[i] < 1.0 ? 0 : q.kindWeights[i];
            best += terms.idf(q.ids[i]) * searchWeights[i] * (InvertedIndex.QUESTION_WEIGHT + InvertedIndex.ANSWER_WEIGHT);
        }
        best = Math.max(best, 1e-9);
        int[] docs = new int[TOP_K];
        double[] scores = new double[TOP_K];
        int found = terms.search(q.ids, searchWeights, q.size(), TOP_K, docs, scores);
        List<Ranking.Candidate> candidates = new ArrayList<>(found);
        for (int c = 0; c < found; c++) {
            FeatureVector f = new FeatureVector();
            int variant = features(q, index.profile(docs[c]), scores[c] / best, f);
            f.set(Feature.BM25_RELATIVE, scores[0] > 0 ? scores[c] / scores[0] : 0);
            candidates.add(new Ranking.Candidate(docs[c], index.entry(docs[c]), f, model.rankScore(f), variant, -1));
        }
        candidates.sort(Comparator.comparingDouble(Ranking.Candidate::rankScore).reversed()
                .thenComparingInt(Ranking.Candidate::doc));
        return new Ranking(grouped(candidates), projectOnly(q, best, found > 0 ? scores[0] : 0));
    }

    /**
     * The candidates with each one's group set to the position of the first (best) candidate it is
     * a near-duplicate of, and each group answering with its member edited last.
     */
    private List<Ranking.Candidate> grouped(List<Ranking.Candidate> sorted) {
        NearDuplicates twins = index.nearDuplicates();
        List<Ranking.Candidate> out = new ArrayList<>(sorted.size());
        int[] answering = new int[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            Ranking.Candidate c = sorted.get(i);
            int group = i;
            for (int k = 0; k < i; k++) {
                if (out.get(k).group() == k && twins.same(out.get(k).doc(), c.doc())) {
                    group = k;
                    break;
                }
            }
            answering[group] = group == i ? twins.answering(c.doc()) : twins.later(answering[group], c.doc());
            out.add(c.inGroup(group));
        }
        for (int i = 0; i < out.size(); i++) {
            Ranking.Candidate c = out.get(i);
            if (c.group() == i && answering[i] != c.doc()) {
                out.set(i, c.answeredBy(answering[i], index.entry(answering[i])));
            }
        }
        return out;
    }

    /**
     * The signals of an entry that shares nothing with the message but the projects it names, or
     * null when it names none; its BM25 part counts each project term once in its question. Such
     * an entry is a competitor the FAQ may lack: in a large FAQ another entry of the project scores
     * at least as much, but in a small one a message sharing only the project name with one entry
     * would otherwise lead unopposed.
     */
    private FeatureVector projectOnly(Query q, double bestBm25, double topBm25) {
        int[] ids = Arrays.stream(q.projectIds).filter(id -> id >= 0).sorted().distinct().toArray();
        if (ids.length == 0) {
            return null;
        }
        double weight = Arrays.stream(ids).mapToDouble(terms::idf).sum();
        EntryProfile projectOnly = new EntryProfile(ids, ids, new int[][] {ids}, new double[] {weight},
                new String[] {EntryProfile.compact(String.join("", q.projectTokens))},
                new long[][] {EntryProfile.signature(ids)}, 0, Set.of(), q.projectTokens.get(0));
        FeatureVector f = new FeatureVector();
        features(q, projectOnly, weight / bestBm25, f);
        f.set(Feature.BM25_RELATIVE, topBm25 > 0 ? Math.min(1, weight / topBm25) : 1);
        return f;
    }

    /**
     * Fills {@code out} with the signals but {@link Feature#BM25_RELATIVE}; {@code bm25} is the
     * candidate's score over the query's best possible. Returns the index of the question variant
     * that covers the query best.
     */
    int features(Query q, EntryProfile e, double bm25, FeatureVector out) {
        boolean[] inQuestionField = q.has(e.questionTerms());
        boolean[] inAnyField = q.has(e.allTerms());
        double inAny = 0;
        double contentAny = 0;
        double missing = 0;
        for (int u = 0; u < q.units(); u++) {
            double w = q.unitWeights[u];
            double credit;
            if (covers(inQuestionField, q, u) || ofProject(q, u, e)) {
                credit = 1;
            } else if (covers(inAnyField, q, u)) {
                credit = ANSWER_CREDIT;
            } else if (has(inQuestionField, q.unitChar[u])) {
                credit = CHARACTER_CREDIT;
            } else {
                credit = 0;
                missing = Math.max(missing, w / terms.maxIdf());
            }
            inAny += credit * w;
            contentAny += q.unitProject[u] == null ? credit * w : 0;
        }
        double inQuestion = 0;
        double content = 0;
        double rare = 0;
        double entryCoverage = 0;
        int closest = 0;
        boolean[] inVariant = new boolean[q.known.length];
        for (int v = 0; v < e.variants().length; v++) {
            q.has(e.variants()[v], inVariant);
            double covered = 0;
            double coveredContent = 0;
            double coveredSquared = 0;
            for (int u = 0; u < q.units(); u++) {
                double credit = ofProject(q, u, e) ? 1 : credit(inVariant, q, u);
                covered += credit * q.unitWeights[u];
                coveredContent += q.unitProject[u] == null ? credit * q.unitWeights[u] : 0;
                coveredSquared += credit * q.unitWeights[u] * q.unitWeights[u];
            }
            if (covered > inQuestion) {
                inQuestion = covered;
                closest = v;
            }
            rare = Math.max(rare, coveredSquared);
            content = Math.max(content, coveredContent);
            double shared = 0;
            for (int k = 0; k < inVariant.length; k++) {
                shared += inVariant[k] ? q.knownWeights[k] : 0;
            }
            entryCoverage = Math.max(entryCoverage, shared / Math.max(e.variantWeights()[v], 1e-9));
        }
        // The in-order overlap is measured against the variant covering the query best only: it
        // refines that match, and one string comparison per candidate keeps matching cheap.
        String vc = e.variantCompacts()[closest];
        double sequence = q.compact.isEmpty() || vc.isEmpty() ? 0
                : (double) q.compact().with(vc) / q.compact.length();
        double total = Math.max(q.totalWeight, 1e-9);
        double contentTotal = Math.max(q.contentWeight, 1e-9);
        out.set(Feature.BM25, Math.min(1, bm25));
        out.set(Feature.QUESTION_COVERAGE, inQuestion / total);
        out.set(Feature.ANY_FIELD_COVERAGE, inAny / total);
        out.set(Feature.ENTRY_COVERAGE, Math.min(1, entryCoverage));
        out.set(Feature.MISSING_RARE, Math.min(1, missing));
        out.set(Feature.PROJECT, project(q, e));
        out.set(Feature.SEQUENCE, Math.min(1, sequence));
        out.set(Feature.EVIDENCE, Math.min(1, inQuestion / (FULL_EVIDENCE * terms.maxIdf())));
        out.set(Feature.RARE_COVERAGE, rare / Math.max(q.totalSquaredWeight, 1e-9));
        out.set(Feature.UNKNOWN, q.unknownWeight / total);
        out.set(Feature.CONTENT_COVERAGE, content / contentTotal);
        out.set(Feature.CONTENT_ANY_FIELD, contentAny / contentTotal);
        out.set(Feature.INTENT, Intent.agreement(q.intents, e.intents()));
        out.set(Feature.QUESTION_FORM, q.question ? 1 : 0);
        out.set(Feature.CONFLICT, Rivals.STANDARD.conflict(q.named, e.named()));
        out.set(Feature.MESSAGE_WEIGHT, Math.min(1, q.totalWeight / (FULL_EVIDENCE * terms.maxIdf())));
        return closest;
    }

    /** 1 when the variant has the unit's word or a bigram of it, {@link #CHARACTER_CREDIT} for its character alone. */
    private static double credit(boolean[] inVariant, Query q, int u) {
        return covers(inVariant, q, u) ? 1 : has(inVariant, q.unitChar[u]) ? CHARACTER_CREDIT : 0;
    }

    /**
     * 1 when the query names the entry's project or a project the entry's text mentions, -1 when
     * it names only other projects than the entry's, 0 when either names no specific project.
     */
    private static double project(Query q, EntryProfile e) {
        if (q.projectTokens.isEmpty()) {
            return 0;
        }
        for (int i = 0; i < q.projectIds.length; i++) {
            if (q.projectTokens.get(i).equals(e.projectToken()) || EntryProfile.contains(e.allTerms(), q.projectIds[i])) {
                return 1;
            }
        }
        return e.projectToken() == null ? 0 : -1;
    }

    /**
     * True when the unit names the entry's project, stated or inferred: digest questions often
     * leave out the project their chat was about, so the entry's project stands for the name.
     */
    private static boolean ofProject(Query q, int u, EntryProfile e) {
        return q.unitProject[u] != null && q.unitProject[u].equals(e.projectToken());
    }

    /** True when the entry text has the unit's word or one of its bigrams. */
    private static boolean covers(boolean[] has, Query q, int u) {
        return has(has, q.unitWord[u]) || has(has, q.unitLeft[u]) || has(has, q.unitRight[u]);
    }

    private static boolean has(boolean[] has, int position) {
        return position >= 0 && has[position];
    }
}
