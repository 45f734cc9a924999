package org.klangru.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.PhraseQuery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Adjacent word pairs of a query as short-slop phrases. A Thai query is a run of words without spaces; a
 * passage that keeps two of them together (ผู้บริหาร|ไม่, ความ|สำคัญ) should rank above one where the same
 * words are scattered, even when the whole query never occurs as one phrase. The pairs follow the query's
 * word-by-word path: domain terms spanning several words and synonyms added by the analyzer are left out.
 */
final class WordPairs {
    private WordPairs() {}

    static List<PhraseQuery> of(Analyzer analyzer, String field, String words, int slop) {
        List<String> path = wordPath(analyzer, field, words);
        List<PhraseQuery> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < path.size(); i++) {
            if (path.get(i) != null && path.get(i + 1) != null) {
                pairs.add(new PhraseQuery(slop, field, path.get(i), path.get(i + 1)));
            }
        }
        return pairs;
    }

    /** One word per position (null where a position has none); originals preferred over synonyms. */
    static List<String> wordPath(Analyzer analyzer, String field, String words) {
        List<String> path = new ArrayList<>();
        List<Boolean> original = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, words)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute len = ts.addAttribute(PositionLengthAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            int position = -1;
            while (ts.incrementToken()) {
                position += inc.getPositionIncrement();
                while (path.size() <= position) {
                    path.add(null);
                    original.add(false);
                }
                if (len.getPositionLength() != 1) {
                    continue; // spans several words: its parts are on the path
                }
                boolean isOriginal = !"SYNONYM".equals(type.type());
                if (path.get(position) == null || isOriginal && !original.get(position)) {
                    path.set(position, term.toString());
                    original.set(position, isOriginal);
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return path;
    }
}
