package dev.digestbot.match;

import dev.digestbot.faq.Entry;
import dev.digestbot.faq.Followup;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The first stage: text to terms, the same way for entries and messages. Normalizes (width, case,
 * filler, punctuation), tokenizes (words, identifier parts, CJK bigrams and characters), maps
 * project spellings and glossary terms to one token each ({@link ProjectAliases}), and tells the
 * kind of question ({@link Intent}). One per FAQ snapshot, since project names come from it.
 * Immutable and thread-safe.
 */
final class Analyzer {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");
    private static final Pattern LINK_SEPARATORS = Pattern.compile("[/#?=&%]+");

    private final Normalizer normalizer = new Normalizer();
    private final Tokenizer tokenizer;

    Analyzer(ProjectAliases aliases) {
        this.tokenizer = new Tokenizer(aliases);
    }

    ProjectAliases aliases() {
        return tokenizer.aliases();
    }

    String normalize(String text) {
        return normalizer.normalize(text);
    }

    /**
     * One entry's text as term ids: each question variant's ids, compact string, kinds of question
     * and things of a kind it names ({@link Rivals}: what the entry is about is in its phrasings;
     * an answer that lists what is supported answers a question about something it leaves out),
     * and the ids of its answer text (answers, and the words of every link).
     */
    record EntryTerms(int[][] variantIds, String[] variantCompacts, int intents, Set<String> named, int[] answerIds) {
    }

    EntryTerms entry(Entry e, TermDictionary.Ids ids) {
        List<String> questions = questionTexts(e);
        String[] compacts = new String[questions.size()];
        int[][] variantIds = new int[questions.size()][];
        int intents = 0;
        Set<String> named = new HashSet<>();
        for (int v = 0; v < variantIds.length; v++) {
            String normalized = normalizer.normalize(questions.get(v));
            named.addAll(Rivals.STANDARD.named(normalized));
            compacts[v] = EntryProfile.compact(normalized);
            intents |= v <= e.alternates().size() ? Intent.of(normalized) : 0;
            tokenizer.tokenize(normalized, true, ids);
            variantIds[v] = ids.take();
        }
        for (String a : answerTexts(e)) {
            tokenizer.tokenize(normalizer.normalize(a), false, ids);
            linkWords(a, ids);
        }
        for (String q : questions) {
            linkWords(q, ids);
        }
        return new EntryTerms(variantIds, compacts, intents, named, ids.take());
    }

    /**
     * The message as a query of the index; null when it has nothing to search by (no word, no
     * CJK pair: only single characters). {@code question} tells whether the message as written
     * reads as a question, which its question marks, dropped by normalizing, may show.
     */
    Query query(String normalized, boolean question, InvertedIndex index) {
        Tokenizer.Analysis analysis = tokenizer.analyze(normalized);
        if (analysis.terms().stream().allMatch(Tokenizer::isUnigram)) {
            return null;
        }
        return Query.of(analysis, normalized, Intent.of(normalized), Rivals.STANDARD.named(normalized),
                question, index, aliases());
    }

    /**
     * Gives the terms the words of the text's links after the host, such as a project, a document
     * or a file name ({@code pkg/proxy/downstream.go}): normalizing drops links, yet they tell
     * what a question or an answer is about. They count as answer text.
     */
    private void linkWords(String text, Tokenizer.Terms terms) {
        if (!text.contains("http")) {
            return;
        }
        java.util.regex.Matcher link = LINK.matcher(text);
        while (link.find()) {
            String url = link.group();
            int host = url.indexOf('/', url.indexOf("//") + 2);
            if (host > 0) {
                String path = LINK_SEPARATORS.matcher(url.substring(host)).replaceAll(" ");
                tokenizer.tokenize(path, false, terms);
            }
        }
    }

    /** The question, the alternates, then the follow-up questions: the order variants are numbered in. */
    static List<String> questionTexts(Entry e) {
        List<String> texts = new ArrayList<>();
        texts.add(e.question());
        texts.addAll(e.alternates());
        for (Followup f : e.followups()) {
            texts.add(f.question());
        }
        return texts;
    }

    private static List<String> answerTexts(Entry e) {
        List<String> texts = new ArrayList<>();
        texts.add(e.answer());
        for (Followup f : e.followups()) {
            texts.add(f.answer());
        }
        return texts;
    }
}
