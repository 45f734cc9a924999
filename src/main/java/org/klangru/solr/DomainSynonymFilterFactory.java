package org.klangru.solr;

import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.klangru.analysis.AnalysisParts;

import java.util.Map;

/**
 * Klangru's domain synonyms as further paths ({@link AnalysisParts#synonyms}), the word field's query side only: the
 * rules ship inside the plugin jar, so Solr's own synonym file is not involved. SPI name {@value #NAME}.
 */
public final class DomainSynonymFilterFactory extends TokenFilterFactory {
    public static final String NAME = "klangruSynonyms";

    public DomainSynonymFilterFactory(Map<String, String> args) {
        super(args);
        Factories.noArgs(args);
    }

    /** For SPI discovery only. */
    public DomainSynonymFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return AnalysisParts.synonyms(input);
    }
}
