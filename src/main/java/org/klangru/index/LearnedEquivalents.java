package org.klangru.index;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.klangru.analysis.Equivalent;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The equivalents the indexed documents define, with how many live documents define each: read from the terms of
 * {@link IndexFields#EQUIVALENT}, so that uploads, re-indexing, deletes and the watched folder keep them current
 * with no store of their own.
 */
public final class LearnedEquivalents {
    private LearnedEquivalents() {}

    public static Map<Equivalent, Integer> read(IndexReader reader) throws IOException {
        Map<Equivalent, Integer> counts = new HashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(IndexFields.EQUIVALENT);
            if (terms == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            TermsEnum te = terms.iterator();
            PostingsEnum postings = null;
            for (BytesRef t = te.next(); t != null; t = te.next()) {
                int n;
                if (live == null) {
                    n = te.docFreq();
                } else {
                    n = 0;
                    postings = te.postings(postings, PostingsEnum.NONE);
                    for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
                        if (live.get(d)) {
                            n++;
                        }
                    }
                }
                if (n > 0) {
                    counts.merge(Equivalent.parse(t.utf8ToString()), n, Integer::sum);
                }
            }
        }
        return counts;
    }
}
