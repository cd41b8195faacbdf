package dev.digestbot.train;

import dev.digestbot.eval.LabelledLine;
import dev.digestbot.faq.Entry;
import dev.digestbot.faq.FaqSnapshot;
import dev.digestbot.match.Matcher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The plain baseline the matcher must beat: Lucene's BM25 over CJK bigrams (and lower-cased words)
 * of each enabled entry's question plus the first {@link #ANSWER_CHARS} characters of its answer,
 * as the matching issue measured it. No alternates, no follow-ups, no confidence: a ranking only.
 */
final class Bm25Baseline {

    static final int ANSWER_CHARS = 200;
    private static final int TOP = 10;

    private final Analyzer analyzer = new CJKAnalyzer();
    private final IndexSearcher searcher;
    private final FaqSnapshot faq;

    Bm25Baseline(FaqSnapshot faq) throws IOException {
        this.faq = faq;
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (Entry e : faq.entries()) {
                if (!e.enabled()) {
                    continue;
                }
                Document doc = new Document();
                doc.add(new StoredField("id", e.id()));
                String answer = e.answer().length() <= ANSWER_CHARS ? e.answer() : e.answer().substring(0, ANSWER_CHARS);
                doc.add(new TextField("text", e.question() + "\n" + answer, Field.Store.NO));
                writer.addDocument(doc);
            }
        }
        this.searcher = new IndexSearcher(DirectoryReader.open(directory));
    }

    /** The best entries for the text, best first. */
    List<Entry> search(String text) {
        try {
            BooleanQuery.Builder query = new BooleanQuery.Builder();
            try (TokenStream tokens = analyzer.tokenStream("text", text)) {
                CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
                tokens.reset();
                while (tokens.incrementToken()) {
                    query.add(new TermQuery(new Term("text", term.toString())), BooleanClause.Occur.SHOULD);
                }
                tokens.end();
            }
            List<Entry> found = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query.build(), TOP).scoreDocs) {
                String id = searcher.storedFields().document(hit.doc).get("id");
                faq.entry(id).ifPresent(found::add);
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Ranks ranks(Matcher matcher, List<LabelledLine> lines) {
        return Ranks.of(matcher, lines, this::search);
    }
}
