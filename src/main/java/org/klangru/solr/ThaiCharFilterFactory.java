package org.klangru.solr;

import org.apache.lucene.analysis.CharFilterFactory;
import org.klangru.analysis.AnalysisParts;

import java.io.Reader;
import java.util.Map;

/** Klangru's char filter ({@link AnalysisParts#charFilter}), first in every Klangru chain. SPI name {@value #NAME}. */
public final class ThaiCharFilterFactory extends CharFilterFactory {
    public static final String NAME = "klangruThaiChars";

    public ThaiCharFilterFactory(Map<String, String> args) {
        super(args);
        Factories.noArgs(args);
    }

    /** For SPI discovery only. */
    public ThaiCharFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public Reader create(Reader input) {
        return AnalysisParts.charFilter(input);
    }

    @Override
    public Reader normalize(Reader input) {
        return AnalysisParts.charFilter(input);
    }
}
