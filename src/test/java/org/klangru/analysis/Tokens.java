package org.klangru.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Test helper: an analyzer's tokens with positions, and checks every index-side stream must pass. */
final class Tokens {
    private Tokens() {}

    record Token(String term, int position, int positionLength, int start, int end) {
        /** {@code term@position}, with {@code ~length} when it spans more than one position. */
        @Override
        public String toString() {
            return term + "@" + position + (positionLength > 1 ? "~" + positionLength : "");
        }
    }

    static List<Token> of(Analyzer analyzer, String field, String text) {
        List<Token> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute len = ts.addAttribute(PositionLengthAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            int pos = -1;
            int lastStart = 0;
            while (ts.incrementToken()) {
                if (inc.getPositionIncrement() < 0 || (pos < 0 && inc.getPositionIncrement() == 0)) {
                    throw new AssertionError("bad position increment " + inc.getPositionIncrement() + " at " + term + " in " + text);
                }
                pos += inc.getPositionIncrement();
                if (offset.startOffset() < lastStart || offset.endOffset() < offset.startOffset() || offset.endOffset() > text.length()) {
                    throw new AssertionError("bad offsets " + offset.startOffset() + "-" + offset.endOffset() + " at " + term + " in " + text);
                }
                if (term.length() == 0 || len.getPositionLength() < 1) {
                    throw new AssertionError("empty term or position length < 1 in " + text);
                }
                lastStart = offset.startOffset();
                out.add(new Token(term.toString(), pos, len.getPositionLength(), offset.startOffset(), offset.endOffset()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** {@code term@position~length} of each token, in stream order. */
    static List<String> positioned(Analyzer analyzer, String field, String text) {
        return of(analyzer, field, text).stream().map(Token::toString).toList();
    }

    static List<String> terms(Analyzer analyzer, String field, String text) {
        return of(analyzer, field, text).stream().map(Token::term).toList();
    }
}
