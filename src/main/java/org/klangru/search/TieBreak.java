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
 * Orders hits of equal score by passage id ({@link org.klangru.index.PassageIndex#TIE_BREAK}), as every other order
 * ends: Lucene leaves them in index order, which follows the order ingest workers happened to write documents in,
 * and differs between backends. Reads the ids only where scores tie.
 */
final class TieBreak {
    private TieBreak() {}

    static TopDocs byPassageId(IndexSearcher searcher, TopDocs hits) throws IOException {
        ScoreDoc[] docs = hits.scoreDocs;
        boolean ties = false;
        for (int i = 1; i < docs.length && !ties; i++) {
            ties = docs[i].score == docs[i - 1].score;
        }
        if (!ties) {
            return hits;
        }
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        String[] ids = new String[docs.length];
        for (int i = 0; i < docs.length; i++) {
            boolean tied = (i > 0 && docs[i].score == docs[i - 1].score)
                    || (i + 1 < docs.length && docs[i].score == docs[i + 1].score);
            if (tied) {
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docs[i].doc, leaves));
                SortedDocValues values = DocValues.getSorted(leaf.reader(), IndexFields.PASSAGE_ID);
                ids[i] = values.advanceExact(docs[i].doc - leaf.docBase) ? values.lookupOrd(values.ordValue()).utf8ToString() : "";
            }
        }
        Integer[] order = new Integer[docs.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -docs[i].score)
                .thenComparing(i -> ids[i] == null ? "" : ids[i]));
        return new TopDocs(hits.totalHits, Arrays.stream(order).map(i -> docs[i]).toArray(ScoreDoc[]::new));
    }
}
