package org.klangru.search;

import org.apache.lucene.analysis.Analyzer;
import java.util.HashSet;
import java.util.Set;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Which query terms a hit holds in a field, read from the postings: analysing each hit's text again to find out
 * cost as much as highlighting it.
 */
final class MatchedTerms {
    private MatchedTerms() {}

    static List<String> in(IndexReader reader, int doc, String field, Collection<String> queryTerms) throws IOException {
        LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
        int local = doc - leaf.docBase;
        List<String> found = new ArrayList<>();
        for (String t : queryTerms) {
            PostingsEnum postings = leaf.reader().postings(new Term(field, t), PostingsEnum.NONE);
            if (postings != null && postings.advance(local) == local) {
                found.add(t);
            }
        }
        return found;
    }

    /** The same, from a hit's stored text analysed as it was indexed (a backend whose postings are elsewhere). */
    static List<String> inText(Analyzer indexAnalyzer, String field, String text, Collection<String> queryTerms) {
        if (text == null || queryTerms.isEmpty()) {
            return List.of();
        }
        Set<String> tokens = new HashSet<>(QueryTerms.of(indexAnalyzer, field, text));
        return queryTerms.stream().filter(tokens::contains).toList();
    }
}
