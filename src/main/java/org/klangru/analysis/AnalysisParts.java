package org.klangru.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;

import java.io.Reader;

/**
 * The pieces {@link KlangruAnalysis}'s analyzers are made of, one by one, for an engine that assembles its own
 * chains from factories (Solr's schema, through {@code org.klangru.solr}). Assembled in this order they give exactly
 * the analyzers' tokens:
 *
 * <ul>
 *   <li>word field, index side: {@link #charFilter} → {@link #wordTokenizer} → {@link #normalise} →
 *       {@link #domainTerms domainTerms(stack = true)};</li>
 *   <li>word field, query side: {@link #charFilter} → {@link #wordTokenizer} → {@link #normalise} →
 *       {@link #domainTerms domainTerms(stack = false)} → {@link #synonyms};</li>
 *   <li>n-gram field, both sides: {@link #charFilter} → {@link #bigramTokenizer}.</li>
 * </ul>
 */
public final class AnalysisParts {
    private AnalysisParts() {}

    /** Sara am composed, invisible characters removed, offsets corrected back to the input. */
    public static Reader charFilter(Reader in) {
        return ThaiWordAnalyzer.beforeTokenizing(in);
    }

    /** ICU Thai words, repaired; sets the flags {@link #domainTerms} needs. */
    public static Tokenizer wordTokenizer() {
        return new ThaiWordTokenizer(false);
    }

    /** Thai digits, case, width and abbreviation dots folded. */
    public static TokenStream normalise(TokenStream in) {
        return ThaiWordAnalyzer.normalise(in);
    }

    /**
     * The domain dictionary's terms.
     *
     * @param stack true on the index side (terms stacked over their parts), false on the query side (terms replace
     *              their parts); must follow {@link #normalise} directly
     */
    public static TokenStream domainTerms(TokenStream in, boolean stack) {
        return new DomainTermFilter(in, KlangruAnalysis.domainTerms(), stack);
    }

    /** The domain synonyms (and each multi-part term's parts) as further paths: the word field's query side. */
    public static TokenStream synonyms(TokenStream in) {
        return new SynonymGraphFilter(in, KlangruAnalysis.synonyms(), false);
    }

    /** Thai character bigrams, the n-gram field's tokenizer. */
    public static Tokenizer bigramTokenizer() {
        return new ThaiNgramTokenizer();
    }
}
