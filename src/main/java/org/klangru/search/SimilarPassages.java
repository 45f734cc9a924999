package org.klangru.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.klangru.index.IndexFields;
import org.klangru.index.IndexStore;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "More like this" for a passage, on the Thai word field: the passage's most distinctive words (by tf-idf)
 * become the query. Copies of the passage itself are left out.
 */
public final class SimilarPassages {
    private final IndexStore store;
    private final Analyzer analyzer;

    public SimilarPassages(IndexStore store) {
        this.store = store;
        this.analyzer = store.analysis().indexAnalyzer();
    }

    /** Similar passages, best first, or empty when there is no such passage. */
    public Optional<List<SearchHit>> similar(String passageId, int size) throws IOException {
        return store.search(s -> {
            TopDocs self = s.search(new TermQuery(new Term(IndexFields.PASSAGE_ID, passageId)), 1);
            if (self.scoreDocs.length == 0) {
                return Optional.empty();
            }
            String text = s.storedFields().document(self.scoreDocs[0].doc).get(IndexFields.TEXT);
            MoreLikeThis mlt = new MoreLikeThis(s.getIndexReader());
            mlt.setAnalyzer(analyzer);
            mlt.setFieldNames(new String[] {IndexFields.TEXT});
            mlt.setMinTermFreq(1);
            mlt.setMinDocFreq(1);
            mlt.setMinWordLen(2);
            mlt.setMaxQueryTerms(25);
            Query like = mlt.like(IndexFields.TEXT, new StringReader(text));
            Query q = new BooleanQuery.Builder()
                    .add(like, Occur.MUST)
                    .add(new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_PASSAGE)), Occur.FILTER)
                    .add(new TermQuery(new Term(IndexFields.PASSAGE_ID, passageId)), Occur.MUST_NOT)
                    .build();
            TopDocs top = s.search(q, size * 4 + 10);
            List<String> texts = new ArrayList<>();
            texts.add(text);
            List<Document> docs = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                Document d = s.storedFields().document(sd.doc);
                docs.add(d);
                texts.add(d.get(IndexFields.TEXT));
            }
            int[] copyOf = DuplicateCollapser.copiesOf(texts);
            List<SearchHit> hits = new ArrayList<>();
            for (int i = 0; i < docs.size() && hits.size() < size; i++) {
                if (copyOf[i + 1] < 0) {
                    hits.add(HitMapper.plain(docs.get(i), top.scoreDocs[i].score));
                }
            }
            return Optional.of(hits);
        });
    }
}
