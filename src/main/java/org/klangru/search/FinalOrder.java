package org.klangru.search;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
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
 *
 * <p>A hit's document is found without reading its passage id: a document's passages are written together, so in a
 * segment their ids ("doc-0000", "doc-0001", …) take consecutive ordinals of the sorted id field, and id ordinal minus
 * passage ordinal is the same for all of them. Reading 200 ids as text for every query cost a quarter of its time.
 */
final class FinalOrder {
    private FinalOrder() {}

    /** The best {@code window} of the re-ranked hits, lifted and ordered. */
    static TopDocs of(IndexSearcher searcher, TopDocs hits, int window) throws IOException {
        ScoreDoc[] docs = hits.scoreDocs;
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Object[] documents = new Object[docs.length];
        int[] ordinals = new int[docs.length];
        float[] scores = new float[docs.length];
        // in doc order, so that each segment's doc values are read forward with one iterator
        Integer[] byDoc = new Integer[docs.length];
        Arrays.setAll(byDoc, i -> i);
        Arrays.sort(byDoc, Comparator.comparingInt(i -> docs[i].doc));
        LeafReaderContext leaf = null;
        SortedDocValues ids = null;
        NumericDocValues places = null;
        for (int i : byDoc) {
            if (leaf == null || docs[i].doc >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(ReaderUtil.subIndex(docs[i].doc, leaves));
                ids = DocValues.getSorted(leaf.reader(), IndexFields.PASSAGE_ID);
                places = DocValues.getNumeric(leaf.reader(), IndexFields.ORDINAL);
            }
            int local = docs[i].doc - leaf.docBase;
            int idOrd = ids.advanceExact(local) ? ids.ordValue() : -1;
            ordinals[i] = places.advanceExact(local) ? (int) places.longValue() : 0;
            documents[i] = ((long) leaf.ord << 32) | ((idOrd - ordinals[i]) & 0xffffffffL);
            scores[i] = docs[i].score;
        }
        float[] lifted = DocumentContext.lift(documents, ordinals, scores);
        ScoreDoc[] ranked = new ScoreDoc[docs.length];
        for (int i = 0; i < docs.length; i++) {
            ranked[i] = new ScoreDoc(docs[i].doc, lifted[i], docs[i].shardIndex);
        }
        Arrays.sort(ranked, (a, b) -> Float.compare(b.score, a.score));
        byPassageIdWhereTied(leaves, ranked);
        return new TopDocs(hits.totalHits, Arrays.copyOf(ranked, Math.min(window, ranked.length)));
    }

    /** Orders each run of equal scores by passage id; reads the ids only there. */
    private static void byPassageIdWhereTied(List<LeafReaderContext> leaves, ScoreDoc[] ranked) throws IOException {
        for (int start = 0; start < ranked.length; ) {
            int end = start + 1;
            while (end < ranked.length && ranked[end].score == ranked[start].score) {
                end++;
            }
            if (end - start > 1) {
                String[] ids = new String[end - start];
                for (int k = start; k < end; k++) {
                    ids[k - start] = passageId(leaves, ranked[k].doc);
                }
                Integer[] order = new Integer[ids.length];
                Arrays.setAll(order, k -> k);
                Arrays.sort(order, Comparator.comparing(k -> ids[k]));
                ScoreDoc[] run = Arrays.copyOfRange(ranked, start, end);
                for (int k = 0; k < order.length; k++) {
                    ranked[start + k] = run[order[k]];
                }
            }
            start = end;
        }
    }

    private static String passageId(List<LeafReaderContext> leaves, int doc) throws IOException {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        SortedDocValues values = DocValues.getSorted(leaf.reader(), IndexFields.PASSAGE_ID);
        return values.advanceExact(doc - leaf.docBase) ? values.lookupOrd(values.ordValue()).utf8ToString() : "";
    }
}
