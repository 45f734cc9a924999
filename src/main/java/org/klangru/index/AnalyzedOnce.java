package org.klangru.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A text analysed once and replayed as a fresh token stream for each Lucene document that indexes it: a document's
 * title is indexed with every one of its passages, and Thai word analysis is the costly part of that.
 */
final class AnalyzedOnce {
    private record Token(String term, int positionIncrement, int positionLength, int start, int end) {
    }

    private final List<Token> tokens;
    private final int finalOffset;
    private final int finalPositionIncrement;

    private AnalyzedOnce(List<Token> tokens, int finalOffset, int finalPositionIncrement) {
        this.tokens = tokens;
        this.finalOffset = finalOffset;
        this.finalPositionIncrement = finalPositionIncrement;
    }

    static AnalyzedOnce of(Analyzer analyzer, String field, String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute len = ts.addAttribute(PositionLengthAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                tokens.add(new Token(term.toString(), inc.getPositionIncrement(), len.getPositionLength(),
                        offset.startOffset(), offset.endOffset()));
            }
            ts.end();
            return new AnalyzedOnce(List.copyOf(tokens), offset.endOffset(), inc.getPositionIncrement());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // analysing a String does no I/O
        }
    }

    /** A new stream over the same tokens; Lucene consumes and closes one per field instance. */
    TokenStream stream() {
        return new TokenStream() {
            private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
            private final PositionIncrementAttribute inc = addAttribute(PositionIncrementAttribute.class);
            private final PositionLengthAttribute len = addAttribute(PositionLengthAttribute.class);
            private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
            private int next;

            @Override
            public boolean incrementToken() {
                if (next >= tokens.size()) {
                    return false;
                }
                clearAttributes();
                Token t = tokens.get(next++);
                term.setEmpty().append(t.term());
                inc.setPositionIncrement(t.positionIncrement());
                len.setPositionLength(t.positionLength());
                offset.setOffset(t.start(), t.end());
                return true;
            }

            @Override
            public void end() throws IOException {
                super.end();
                offset.setOffset(finalOffset, finalOffset);
                inc.setPositionIncrement(finalPositionIncrement);
            }

            @Override
            public void reset() throws IOException {
                super.reset();
                next = 0;
            }
        };
    }

    /** The texts of one document's records (its title, its passages' headings), each analysed on first use. */
    static final class Cache {
        private final Analyzer analyzer;
        private final Map<String, AnalyzedOnce> byFieldAndText = new HashMap<>();

        Cache(Analyzer analyzer) {
            this.analyzer = analyzer;
        }

        TokenStream stream(String field, String text) {
            return byFieldAndText.computeIfAbsent(field + '\u0000' + text, k -> of(analyzer, field, text)).stream();
        }
    }
}
