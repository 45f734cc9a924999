package org.klangru.solr;

import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.klangru.analysis.AnalysisParts;

import java.util.Map;

/**
 * Klangru's term normalisation ({@link AnalysisParts#normalise}); also what Solr's multi-term analysis (prefix,
 * wildcard) uses. SPI name {@value #NAME}.
 */
public final class ThaiTermNormalizerFactory extends TokenFilterFactory {
    public static final String NAME = "klangruNormalize";

    public ThaiTermNormalizerFactory(Map<String, String> args) {
        super(args);
        Factories.noArgs(args);
    }

    /** For SPI discovery only. */
    public ThaiTermNormalizerFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return AnalysisParts.normalise(input);
    }

    @Override
    public TokenStream normalize(TokenStream input) {
        return AnalysisParts.normalise(input);
    }
}
