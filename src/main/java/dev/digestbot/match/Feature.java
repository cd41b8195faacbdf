package dev.digestbot.match;

/**
 * The signals the ranker computes for a candidate entry, each in [0,1] unless said otherwise. The
 * learned weights ({@link ConfidenceModel}) are keyed by these names, so adding, removing or
 * reordering a signal is a change the training command and the model file see by name.
 */
public enum Feature {

    /** BM25F over question phrasings and answer text, over the best score the message allows. */
    BM25("shared words, weighted by rarity"),
    /** The candidate's BM25 over the best candidate's: how it compares with the competition. */
    BM25_RELATIVE("shared words, next to the best candidate"),
    /** Share of the message's weight that the closest question phrasing covers. */
    QUESTION_COVERAGE("the message's words in a question phrasing"),
    /** Share of the message's weight covered anywhere in the entry, answer text counting half. */
    ANY_FIELD_COVERAGE("the message's words anywhere in the entry"),
    /** Share of a question phrasing's weight that the message covers. */
    ENTRY_COVERAGE("a question phrasing's words in the message"),
    /** How rare the rarest message word is that the entry lacks altogether (over the rarest possible). */
    MISSING_RARE("a rare word of the message missing from the entry"),
    /** 1 when message and entry name the same project, -1 when the message names only others, else 0. */
    PROJECT("the project named"),
    /** Longest common subsequence of message and closest phrasing, over the message's length. */
    SEQUENCE("the same words in the same order"),
    /** Covered question weight in units of the rarest term's idf, capped. */
    EVIDENCE("how much rare text the question shares"),
    /** Coverage weighted by squared rarity: whether the rarest words are the covered ones. */
    RARE_COVERAGE("the message's rarest words in a question phrasing"),
    /** Share of the message's weight in words no entry has. */
    UNKNOWN("words no entry knows"),
    /** Share of what the message asks besides project names that a question phrasing covers. */
    CONTENT_COVERAGE("what is asked, besides the project, in a question phrasing"),
    /** The same, covered anywhere in the entry (question phrasings, follow-ups, answers). */
    CONTENT_ANY_FIELD("what is asked, besides the project, anywhere in the entry"),
    /**
     * 1 when the message's kind of question ({@link Intent}: supported? how? why? …) is one the
     * entry's phrasings ask, -1 when the message asks a kind they never ask, 0 when it asks none.
     */
    INTENT("the kind of question (supported? how? why? …)"),
    /** 1 when the message reads as a question (a question mark or word), else 0: thanks and chat do not. */
    QUESTION_FORM("the message reads as a question"),
    /** How much the message says: its words' total rarity, over three of the rarest words', capped. */
    MESSAGE_WEIGHT("how much the message says"),
    /**
     * 1 when the message names a thing the entry does not while the entry names another of its
     * kind (another database, language, registry, version: {@link Rivals}), else 0.
     */
    CONFLICT("names another database, language, version … than the entry");

    private final String description;

    Feature(String description) {
        this.description = description;
    }

    /** What the signal measures, in a few words for an operator. */
    public String description() {
        return description;
    }
}
