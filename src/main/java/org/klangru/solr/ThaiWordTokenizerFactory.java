package org.klangru.solr;

import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.util.AttributeFactory;
import org.klangru.analysis.AnalysisParts;

import java.util.Map;

/** Klangru's Thai word tokenizer ({@link AnalysisParts#wordTokenizer}). SPI name {@value #NAME}. */
public final class ThaiWordTokenizerFactory extends TokenizerFactory {
    public static final String NAME = "klangruThaiWords";

    public ThaiWordTokenizerFactory(Map<String, String> args) {
        super(args);
        Factories.noArgs(args);
    }

    /** For SPI discovery only. */
    public ThaiWordTokenizerFactory() {
        throw defaultCtorException();
    }

    /** The tokenizer makes its attributes with Lucene's default factory, the one Solr passes too. */
    @Override
    public Tokenizer create(AttributeFactory factory) {
        return AnalysisParts.wordTokenizer();
    }
}
