package org.klangru.analysis;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.ArrayUtil;

import java.io.IOException;

/**
 * Overlapping character bigrams of Thai runs, one position each, so that the bigrams of a query as a phrase
 * find it as a substring anywhere, whatever the word segmentation did ({@code การจัดการความรู้} inside
 * {@code แผนการจัดการความรู้}, {@code งบประมาณ} inside {@code ปีงบประมาณ}, a cut name).
 *
 * <p>A run is Thai letters (digits, {@code ๆ}, {@code ฯ}, Latin and punctuation end it); white space between
 * two Thai letters does not, because Thai writers and PDF extraction put spaces where readers see none.
 * A run of one letter gives that letter as a unigram. The first token of each run after the first has a
 * position increment of 2: the gap tells a query builder where one phrase ends and the next begins, and
 * keeps a phrase from running across punctuation in the index.
 */
final class ThaiNgramTokenizer extends Tokenizer {
    static final String TYPE = "<THAI_BIGRAM>";

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);

    private char[] buf = new char[1024];
    private int len;
    private int pos;
    /** Index of the run's previous Thai letter, or -1 outside a run. */
    private int prev;
    private boolean runEmitted;
    private boolean anyEmitted;
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);

    @Override
    public void reset() throws IOException {
        super.reset();
        len = 0;
        while (true) {
            if (len == buf.length) {
                buf = ArrayUtil.grow(buf, len + 1);
            }
            int n = input.read(buf, len, buf.length - len);
            if (n < 0) {
                break;
            }
            len += n;
        }
        pos = 0;
        prev = -1;
        runEmitted = false;
        anyEmitted = false;
    }

    @Override
    public boolean incrementToken() {
        while (pos <= len) {
            int i = pos++;
            char c = i < len ? buf[i] : '\n';
            if (i < len && ThaiChars.isThaiLetter(c)) {
                int a = prev;
                prev = i;
                if (a >= 0) {
                    emit(a, i, !runEmitted);
                    runEmitted = true;
                    return true;
                }
                runEmitted = false;
            } else if (prev >= 0 && i < len && Character.isWhitespace(c)) {
                // a space inside a Thai run: keep going
            } else if (prev >= 0) {
                int a = prev;
                prev = -1;
                if (!runEmitted) {
                    emit(a, a, true);
                    return true;
                }
            }
        }
        return false;
    }

    private void emit(int a, int b, boolean runStart) {
        clearAttributes();
        posIncAtt.setPositionIncrement(runStart && anyEmitted ? 2 : 1);
        anyEmitted = true;
        if (a == b) {
            termAtt.copyBuffer(buf, a, 1);
        } else {
            termAtt.setEmpty().append(buf[a]).append(buf[b]);
        }
        offsetAtt.setOffset(correctOffset(a), correctOffset(b + 1));
        typeAtt.setType(TYPE);
    }

    @Override
    public void end() throws IOException {
        super.end();
        int finalOffset = correctOffset(len);
        offsetAtt.setOffset(finalOffset, finalOffset);
    }
}
