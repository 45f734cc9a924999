package org.klangru.search;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;

/**
 * Boundaries between Thai phrases, for cutting snippets. Thai writes no full stops: a space ends a phrase
 * or a sentence, so snippets are cut after spaces. A run without spaces longer than {@link #LONG_RUN}
 * is cut at ICU word boundaries, never inside a word or a character cluster.
 */
final class PhraseBreakIterator extends java.text.BreakIterator {
    static final int LONG_RUN = 80;

    private CharacterIterator text = new StringCharacterIterator("");
    private int[] bounds = {0};
    private int index;

    @Override
    public void setText(CharacterIterator newText) {
        text = newText;
        StringBuilder sb = new StringBuilder();
        for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
            sb.append(c);
        }
        bounds = boundaries(sb.toString(), newText.getBeginIndex());
        index = 0;
    }

    static int[] boundaries(String s, int base) {
        int[] out = new int[s.length() + 2];
        int n = 0;
        out[n++] = base;
        int runStart = 0;
        for (int i = 1; i <= s.length(); i++) {
            boolean end = i == s.length();
            if (end || Character.isWhitespace(s.charAt(i - 1)) && !Character.isWhitespace(s.charAt(i))) {
                if (i - runStart > LONG_RUN) {
                    n = wordBoundaries(s, runStart, i, base, out, n);
                }
                if (out[n - 1] != base + i) {
                    out[n++] = base + i;
                }
                runStart = i;
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static int wordBoundaries(String s, int from, int to, int base, int[] out, int n) {
        BreakIterator words = BreakIterator.getWordInstance(new ULocale("th"));
        words.setText(s.substring(from, to));
        int last = 0;
        for (int b = words.next(); b != BreakIterator.DONE && from + b < to; b = words.next()) {
            if (b - last >= LONG_RUN / 2) {
                out[n++] = base + from + b;
                last = b;
            }
        }
        return n;
    }

    @Override
    public CharacterIterator getText() {
        return text;
    }

    @Override
    public int first() {
        index = 0;
        return bounds[0];
    }

    @Override
    public int last() {
        index = bounds.length - 1;
        return bounds[index];
    }

    @Override
    public int next(int n) {
        int target = index + n;
        if (target < 0 || target >= bounds.length) {
            index = target < 0 ? 0 : bounds.length - 1;
            return DONE;
        }
        index = target;
        return bounds[index];
    }

    @Override
    public int next() {
        return next(1);
    }

    @Override
    public int previous() {
        return next(-1);
    }

    @Override
    public int following(int offset) {
        for (int i = 0; i < bounds.length; i++) {
            if (bounds[i] > offset) {
                index = i;
                return bounds[i];
            }
        }
        index = bounds.length - 1;
        return DONE;
    }

    @Override
    public int preceding(int offset) {
        for (int i = bounds.length - 1; i >= 0; i--) {
            if (bounds[i] < offset) {
                index = i;
                return bounds[i];
            }
        }
        index = 0;
        return DONE;
    }

    @Override
    public int current() {
        return bounds[index];
    }
}
