package dev.digestbot.match;

import org.apache.commons.text.similarity.LongestCommonSubsequence;

/**
 * Computes the re-ranking signals of one candidate entry for a query, each in [0,1] except the
 * project agreement in [-1,1]. The signals look past BM25's sum: how much of the query's weight
 * the entry's question covers, how much of the question the query covers, whether a rare query
 * term is missing from the entry altogether (a sign the question is about something no entry
 * covers), whether both name the same project, how much of the query reads the same in order,
 * and how much of what the query asks besides the project names the entry's question covers (a
 * message sharing only a project name with an entry is about something else). A project name the
 * query shares with the entry's project counts as covered even where the entry's text leaves it out.
 *
 * <p>Stateless and thread-safe.
 */
final class Reranker {

    static final int QUERY_COVERAGE = 0;
    static final int QUERY_COVERAGE_ANY_FIELD = 1;
    static final int ENTRY_COVERAGE = 2;
    static final int MISSING_RARE = 3;
    static final int PROJECT = 4;
    static final int SEQUENCE = 5;
    static final int BM25 = 6;
    static final int EVIDENCE = 7;
    static final int RARE_COVERAGE = 8;
    static final int UNKNOWN = 9;
    static final int CONTENT_COVERAGE = 10;
    static final int FEATURES = 11;

    /** Matched question weight, in units of the rarest term's idf, at which evidence is full. */
    private static final double FULL_EVIDENCE = 3;

    private static final LongestCommonSubsequence LCS = new LongestCommonSubsequence();

    /** Credit for a unit the entry has only in its answer, or only as a single character. */
    private static final double ANSWER_CREDIT = 0.5;
    private static final double CHARACTER_CREDIT = 0.3;

    private final double maxIdf;

    Reranker(double maxIdf) {
        this.maxIdf = maxIdf;
    }

    /**
     * Fills {@code out} with the signals; {@code bm25} is the candidate's score over the query's
     * best possible. Returns the index of the question variant that covers the query best.
     */
    int features(Query q, EntryProfile e, double bm25, double[] out) {
        boolean[] inQuestionField = q.has(e.questionTerms());
        boolean[] inAnyField = q.has(e.allTerms());
        double inAny = 0;
        double missing = 0;
        for (int u = 0; u < q.units(); u++) {
            double w = q.unitWeights[u];
            if (covers(inQuestionField, q, u) || ofProject(q, u, e)) {
                inAny += w;
            } else if (covers(inAnyField, q, u)) {
                inAny += ANSWER_CREDIT * w;
            } else if (has(inQuestionField, q.unitChar[u])) {
                inAny += CHARACTER_CREDIT * w;
            } else {
                missing = Math.max(missing, w / maxIdf);
            }
        }
        double inQuestion = 0;
        double content = 0;
        double rare = 0;
        double entryCoverage = 0;
        int closest = 0;
        for (int v = 0; v < e.variants().length; v++) {
            boolean[] inVariant = q.has(e.variants()[v]);
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
                : (double) LCS.apply(q.compact, vc) / q.compact.length();
        double total = Math.max(q.totalWeight, 1e-9);
        out[QUERY_COVERAGE] = inQuestion / total;
        out[QUERY_COVERAGE_ANY_FIELD] = inAny / total;
        out[ENTRY_COVERAGE] = Math.min(1, entryCoverage);
        out[MISSING_RARE] = Math.min(1, missing);
        out[PROJECT] = project(q, e);
        out[SEQUENCE] = Math.min(1, sequence);
        out[BM25] = Math.min(1, bm25);
        out[EVIDENCE] = Math.min(1, inQuestion / (FULL_EVIDENCE * maxIdf));
        out[RARE_COVERAGE] = rare / Math.max(q.totalSquaredWeight, 1e-9);
        out[UNKNOWN] = q.unknownWeight / total;
        out[CONTENT_COVERAGE] = content / Math.max(q.contentWeight, 1e-9);
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
