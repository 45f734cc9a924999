package org.klangru.solr;

import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.klangru.analysis.AnalysisParts;

import java.util.Map;

/**
 * Klangru's domain terms ({@link AnalysisParts#domainTerms}). Argument {@code stack}: {@code true} on the index
 * side (terms stacked over their parts), {@code false} on the query side; required, as the two sides differ.
 * Must follow {@link ThaiTermNormalizerFactory} directly. SPI name {@value #NAME}.
 */
public final class DomainTermFilterFactory extends TokenFilterFactory {
    public static final String NAME = "klangruDomainTerms";

    private final boolean stack;

    public DomainTermFilterFactory(Map<String, String> args) {
        super(args);
        String value = args.remove("stack");
        if (!"true".equals(value) && !"false".equals(value)) {
            throw new IllegalArgumentException(NAME + " needs stack=\"true\" (index side) or stack=\"false\" (query side), got "
                    + value);
        }
        stack = Boolean.parseBoolean(value);
        Factories.noArgs(args);
    }

    /** For SPI discovery only. */
    public DomainTermFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return AnalysisParts.domainTerms(input, stack);
    }
}
