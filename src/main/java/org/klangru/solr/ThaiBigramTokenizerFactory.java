package org.klangru.solr;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;
import org.klangru.analysis.AnalysisParts;

import java.util.Map;

/** Klangru's Thai character bigrams ({@link AnalysisParts#bigramTokenizer}). SPI name {@value #NAME}. */
public final class ThaiBigramTokenizerFactory extends TokenizerFactory {
    public static final String NAME = "klangruThaiBigrams";

    public ThaiBigramTokenizerFactory(Map<String, String> args) {
        super(args);
        Factories.noArgs(args);
    }

    /** For SPI discovery only. */
    public ThaiBigramTokenizerFactory() {
        throw defaultCtorException();
    }

    /** The tokenizer makes its attributes with Lucene's default factory, the one Solr passes too. */
    @Override
    public Tokenizer create(AttributeFactory factory) {
        return AnalysisParts.bigramTokenizer();
    }
}
