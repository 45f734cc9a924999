package org.klangru.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.klangru.index.IndexFields;
import org.klangru.index.PassageIndex;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "More like this" for a passage, on the Thai word field: the passage's most distinctive words (by tf-idf, as
 * Lucene's {@code MoreLikeThis} weighs them) become the query. Copies of the passage itself are left out. The words
 * are chosen here from the index's document frequencies, so both backends choose the same words.
 */
public final class SimilarPassages {
    static final int MAX_QUERY_TERMS = 25;
    static final int MIN_WORD_LENGTH = 2;

    private final PassageIndex store;
    private final Analyzer analyzer;

    public SimilarPassages(PassageIndex store) {
        this.store = store;
        this.analyzer = store.analysis().indexAnalyzer();
    }

    /** Similar passages, best first, or empty when there is no such passage. */
    public Optional<List<SearchHit>> similar(String passageId, int size) throws IOException {
        List<PassageIndex.Scored> self = store.top(new TermQuery(new Term(IndexFields.PASSAGE_ID, passageId)), 1, null);
        if (self.isEmpty()) {
            return Optional.empty();
        }
        String text = self.get(0).stored().get(IndexFields.TEXT);
        Query like = likeThis(text);
        if (like == null) {
            return Optional.of(List.of());
        }
        Query q = new BooleanQuery.Builder()
                .add(like, Occur.MUST)
                .add(PassageIndex.kind(IndexFields.KIND_PASSAGE), Occur.FILTER)
                .add(new TermQuery(new Term(IndexFields.PASSAGE_ID, passageId)), Occur.MUST_NOT)
                .build();
        List<PassageIndex.Scored> top = store.top(q, size * 4 + 10, null);
        List<String> texts = new ArrayList<>();
        texts.add(text);
        top.forEach(s -> texts.add(s.stored().get(IndexFields.TEXT)));
        int[] copyOf = DuplicateCollapser.copiesOf(texts);
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < top.size() && hits.size() < size; i++) {
            if (copyOf[i + 1] < 0) {
                hits.add(HitMapper.plain(top.get(i).stored(), top.get(i).score()));
            }
        }
        return Optional.of(hits);
    }

    /** The text's {@link #MAX_QUERY_TERMS} words of highest tf × idf, any of which a similar passage holds. */
    private Query likeThis(String text) throws IOException {
        Map<String, Integer> tf = new LinkedHashMap<>();
        for (String t : QueryTerms.of(analyzer, IndexFields.TEXT, text)) {
            if (t.length() >= MIN_WORD_LENGTH) {
                tf.merge(t, 1, Integer::sum);
            }
        }
        Map<String, Long> df = store.docFreqs(IndexFields.TEXT, tf.keySet());
        long numDocs = store.count(new org.apache.lucene.search.MatchAllDocsQuery());
        record Weighted(String term, double weight) {}
        List<Weighted> weighted = new ArrayList<>();
        tf.forEach((term, freq) -> {
            long d = df.getOrDefault(term, 0L);
            if (d > 0) {
                // ClassicSimilarity's idf, which MoreLikeThis uses
                weighted.add(new Weighted(term, freq * (Math.log((numDocs + 1) / (double) (d + 1)) + 1)));
            }
        });
        if (weighted.isEmpty()) {
            return null;
        }
        weighted.sort(Comparator.comparingDouble(Weighted::weight).reversed().thenComparing(Weighted::term));
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        weighted.stream().limit(MAX_QUERY_TERMS).forEach(w -> q.add(new TermQuery(new Term(IndexFields.TEXT, w.term())),
                Occur.SHOULD));
        return q.build();
    }
}
