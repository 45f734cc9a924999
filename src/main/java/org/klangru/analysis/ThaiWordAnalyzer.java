package org.klangru.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;

import java.io.Reader;

/**
 * Thai word analysis shared by the index and the query side: ICU dictionary segmentation, Thai digits
 * folded to 0-9, case and width folded.
 *
 * <p>Order matters: sara am is composed before the tokenizer sees the text (a decomposed {@code ํา}
 * changes ICU's segmentation), and NFKC case folding runs only on terms, after segmentation.
 */
public final class ThaiWordAnalyzer extends Analyzer {

    /** Bump when tokens change, so that existing indexes are rebuilt. */
    public static final String VERSION = "klangru-words-1";

    private static final NormalizeCharMap BEFORE_TOKENIZING = buildCharMap();

    private static NormalizeCharMap buildCharMap() {
        NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
        map.add("\u0E4D\u0E32", "\u0E33"); // nikhahit + sara aa, as typed or extracted, is sara am
        map.add("\u200B", "");             // zero-width space: invisible, but it splits words
        map.add("\uFEFF", "");
        map.add("\u00A0", " ");
        return map.build();
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new MappingCharFilter(BEFORE_TOKENIZING, reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new ICUTokenizer();
        TokenStream stream = new DecimalDigitFilter(tokenizer);
        stream = new ICUNormalizer2Filter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ICUNormalizer2Filter(new DecimalDigitFilter(in));
    }
}
