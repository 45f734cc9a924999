package org.klangru.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

import java.util.Locale;
import java.util.Optional;

/**
 * Which analysis an index is built with. {@link #KLANGRU} is the product; {@link #STANDARD} (Lucene's
 * StandardAnalyzer) and {@link #ICU} (ICUTokenizer with the ICU normaliser, a stock Thai setup) exist so that
 * the project's analysis can be compared with them on the same data ({@code klangru index --analyzer}).
 */
public enum AnalyzerChoice {
    STANDARD, ICU, KLANGRU;

    public static AnalyzerChoice parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown analyzer '" + name + "' (standard, icu or klangru)", e);
        }
    }

    public Analyzer indexAnalyzer() {
        return switch (this) {
            case STANDARD -> new StandardAnalyzer();
            case ICU -> stockIcu();
            case KLANGRU -> KlangruAnalysis.indexAnalyzer();
        };
    }

    public Analyzer queryAnalyzer() {
        return switch (this) {
            case STANDARD -> new StandardAnalyzer();
            case ICU -> stockIcu();
            case KLANGRU -> KlangruAnalysis.queryAnalyzer();
        };
    }

    /** The query analyzer with near equivalents as further paths; empty for the stock analyses. */
    public Optional<Analyzer> paraphraseAnalyzer() {
        return this == KLANGRU ? Optional.of(KlangruAnalysis.paraphraseAnalyzer()) : Optional.empty();
    }

    /** {@link #paraphraseAnalyzer()} with the collection's equivalents as further rules; empty for the stock analyses. */
    public Optional<Analyzer> paraphraseAnalyzer(java.util.List<java.util.Map.Entry<String, String>> equivalents) {
        return this == KLANGRU ? Optional.of(KlangruAnalysis.paraphraseAnalyzer(equivalents)) : Optional.empty();
    }

    /** Whether the index has the character n-gram field. */
    public boolean ngrams() {
        return this == KLANGRU;
    }

    public String version() {
        return this == KLANGRU ? KlangruAnalysis.version() : name().toLowerCase(Locale.ROOT) + "-lucene9.12";
    }

    private static Analyzer stockIcu() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer t = new ICUTokenizer();
                TokenStream s = new ICUNormalizer2Filter(t);
                return new TokenStreamComponents(t, s);
            }
        };
    }
}
