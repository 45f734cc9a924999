package org.klangru.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link ThaiTermNormalizer} gives what DecimalDigitFilter then ICUNormalizer2Filter (nfkc_cf) then
 * dropping the dots of Thai abbreviations give: on every one- and two-character term over ASCII, the Thai
 * block and a sample of characters NFKC changes, and on random longer terms.
 */
class ThaiTermNormalizerTest {
    private static Analyzer chain(boolean fast) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer t = new KeywordTokenizer();
                TokenStream s = fast ? new ThaiTermNormalizer(t) : new ICUNormalizer2Filter(new DecimalDigitFilter(t));
                return new TokenStreamComponents(t, s);
            }
        };
    }

    /** The one term of a keyword chain (may be empty: NFKC removes a lone soft hyphen). */
    private static String term(Analyzer a, String text) {
        try (TokenStream ts = a.tokenStream("", text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            ts.incrementToken();
            String out = t.toString();
            ts.end();
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String reference(Analyzer slow, String term) {
        String t = term(slow, term);
        return t.indexOf('.') >= 0 && ThaiChars.containsThaiLetter(t) ? t.replace(".", "") : t;
    }

    @Test
    void sameAsDigitFilterThenNfkcCaseFoldThenAbbreviationDots() {
        List<Character> alphabet = new ArrayList<>();
        for (char c = 0x21; c < 0x7F; c++) {
            alphabet.add(c);
        }
        for (char c = 0x0E00; c < 0x0E80; c++) {
            alphabet.add(c);
        }
        for (char c : "ＡＢａｚ０９①²ßİﬁ\u00AD\u0301\u0660\u06F5\u0966\u200D\u00C5\u212B\uFF61ÉéΣς".toCharArray()) {
            alphabet.add(c);
        }
        Analyzer fast = chain(true);
        Analyzer slow = chain(false);
        for (char a : alphabet) {
            assertEquals(reference(slow, "" + a), term(fast, "" + a), "U+" + Integer.toHexString(a));
            for (char b : alphabet) {
                String s = "" + a + b;
                assertEquals(reference(slow, s), term(fast, s), s);
            }
        }
        Random random = new Random(7);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder s = new StringBuilder();
            int n = 3 + random.nextInt(8);
            for (int j = 0; j < n; j++) {
                s.append(alphabet.get(random.nextInt(alphabet.size())));
            }
            if (random.nextInt(10) == 0) {
                s.append("\uD835\uDFCE"); // a supplementary digit: 0
            }
            assertEquals(reference(slow, s.toString()), term(fast, s.toString()), s.toString());
        }
    }
}
