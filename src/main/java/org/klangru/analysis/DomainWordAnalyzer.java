package org.klangru.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

import java.io.Reader;

/**
 * The word field with the project's domain terms: {@link ThaiWordAnalyzer}'s chain followed by
 * {@link DomainTermFilter}, and on the query side by the domain synonyms.
 */
final class DomainWordAnalyzer extends Analyzer {
    enum Mode {
        /** Terms stacked over their parts. */
        INDEX,
        /** Terms replace their parts, then synonyms (and each term's parts) as alternative paths. */
        QUERY,
        /** QUERY, plus each year in the other era ({@link YearEraFilter}): what near equivalents are found with. */
        PARAPHRASE,
        /** Terms replace their parts; no synonyms. What synonym entries are parsed with. */
        LINEAR,
        /** Like LINEAR, but ๆ and ฯ are kept: the {@code segment} command's tokens. */
        SEGMENT
    }

    private final Mode mode;
    private final DomainTerms terms;
    private final SynonymMap synonyms;

    DomainWordAnalyzer(Mode mode, DomainTerms terms, SynonymMap synonyms) {
        if ((mode == Mode.QUERY || mode == Mode.PARAPHRASE) && synonyms == null) {
            throw new IllegalArgumentException("the query mode needs synonyms");
        }
        this.mode = mode;
        this.terms = terms;
        this.synonyms = synonyms;
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return ThaiWordAnalyzer.beforeTokenizing(reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        ThaiWordTokenizer tokenizer = new ThaiWordTokenizer(mode == Mode.SEGMENT);
        TokenStream stream = new DomainTermFilter(ThaiWordAnalyzer.normalise(tokenizer), terms, mode == Mode.INDEX);
        if (mode == Mode.QUERY || mode == Mode.PARAPHRASE) {
            stream = new SynonymGraphFilter(stream, synonyms, false);
        }
        if (mode == Mode.PARAPHRASE) {
            stream = new YearEraFilter(stream);
        }
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return ThaiWordAnalyzer.normalise(in);
    }
}
