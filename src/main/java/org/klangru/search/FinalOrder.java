package org.klangru.search;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.klangru.index.IndexFields;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The last step of ranking by relevance on the embedded index: scores lifted by the passages around each hit
 * ({@link DocumentContext}), then equal scores ordered by passage id ({@link org.klangru.index.PassageIndex#TIE_BREAK}),
 * as every other order ends: Lucene leaves them in index order, which follows the order ingest workers happened to
 * write documents in, and differs between backends.
 */
final class FinalOrder {
    private FinalOrder() {}

    /** The best {@code window} of the re-ranked hits, lifted and ordered. */
    static TopDocs of(IndexSearcher searcher, TopDocs hits, int window) throws IOException {
        ScoreDoc[] docs = hits.scoreDocs;
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        String[] ids = new String[docs.length];
        float[] scores = new float[docs.length];
        for (int i = 0; i < docs.length; i++) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docs[i].doc, leaves));
            SortedDocValues values = DocValues.getSorted(leaf.reader(), IndexFields.PASSAGE_ID);
            ids[i] = values.advanceExact(docs[i].doc - leaf.docBase) ? values.lookupOrd(values.ordValue()).utf8ToString() : "";
            scores[i] = docs[i].score;
        }
        float[] lifted = DocumentContext.lift(ids, scores);
        Integer[] order = new Integer[docs.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -lifted[i]).thenComparing(i -> ids[i]));
        return new TopDocs(hits.totalHits, Arrays.stream(order).limit(window)
                .map(i -> new ScoreDoc(docs[i].doc, lifted[i], docs[i].shardIndex)).toArray(ScoreDoc[]::new));
    }
}
