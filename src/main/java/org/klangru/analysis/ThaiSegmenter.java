package org.klangru.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the word field sees, as plain words: the non-overlapping tokens of a line in order, a domain term
 * in place of its parts, spaces and punctuation dropped, {@code ๆ} and {@code ฯ} kept as their own
 * tokens, each exactly as written in the input (taken by offset, so not normalised). Thread-safe (the
 * analyzer keeps one token stream per thread).
 */
public final class ThaiSegmenter {
    private final Analyzer analyzer = KlangruAnalysis.segmentAnalyzer();

    public ThaiSegmenter() {}

    public List<String> segment(String line) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("", line)) {
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(line.substring(offset.startOffset(), offset.endOffset()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return out;
    }
}
