package org.klangru.analysis;

import org.apache.lucene.analysis.Analyzer;

import java.io.Reader;

/**
 * The n-gram field, index and query side alike: {@link ThaiNgramTokenizer} bigrams after the same char
 * filter as the word field. Thai letters need no further folding (digits, Latin and case are the word
 * field's business); sara am stays composed, one character.
 */
public final class ThaiNgramAnalyzer extends Analyzer {
    /** Bump when bigrams change; {@link KlangruAnalysis#version()} includes it. */
    public static final String VERSION = "klangru-ngram-2";

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return ThaiWordAnalyzer.beforeTokenizing(reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new ThaiNgramTokenizer());
    }
}
