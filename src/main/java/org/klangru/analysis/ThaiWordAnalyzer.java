package org.klangru.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;

import java.io.Reader;

/**
 * Thai word analysis without the domain dictionary: ICU dictionary segmentation repaired by
 * {@link ThaiWordTokenizer}, Thai digits folded to 0-9, case and width folded, abbreviation dots dropped,
 * {@code ๆ} and {@code ฯ} dropped. The project's analyzers ({@link KlangruAnalysis}) add the domain terms
 * on top of this chain, and read their dictionary and synonym files through it.
 *
 * <p>Order matters: sara am is composed before the tokenizer sees the text (a decomposed {@code ํา}
 * changes ICU's segmentation), and NFKC case folding runs only on terms, after segmentation.
 */
public final class ThaiWordAnalyzer extends Analyzer {

    /** Bump when tokens change; {@link KlangruAnalysis#version()} includes it. */
    public static final String VERSION = "klangru-words-4";

    /** The char filter every Klangru analyzer starts with: sara am composed, invisible characters removed. */
    static Reader beforeTokenizing(Reader reader) {
        return new ThaiCharFilter(reader);
    }

    /** Term normalisation after segmentation, shared by every word chain. */
    static TokenStream normalise(TokenStream in) {
        return new ThaiTermNormalizer(in);
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return beforeTokenizing(reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        ThaiWordTokenizer tokenizer = new ThaiWordTokenizer(false);
        return new TokenStreamComponents(tokenizer, normalise(tokenizer));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return normalise(in);
    }
}
