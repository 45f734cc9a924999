package org.klangru.text;

import com.ibm.icu.text.BreakIterator;

/**
 * Sara am (ำ, U+0E33). Fonts draw it as nikhahit + sara aa, and PDF text layers hand back that pair
 * ({@code อํานาจ}) or lose the nikhahit and leave a gap ({@code อ านาจ}, {@code ส านัก}).
 */
final class SaraAm {

    /** Thai context on each side for the dictionary to compare ำ and า. */
    private static final int WINDOW = 24;

    private SaraAm() {
    }

    /**
     * In place: nikhahit + sara aa becomes sara am; consonant (+ tone) + space + sara aa becomes consonant
     * (+ tone) + sara am, or + sara aa when the dictionary reads the context better that way (the same gap
     * also comes from a stray layout space: {@code นิทรรศก ารความรู้} is {@code นิทรรศการ}, not {@code กำร}).
     *
     * @return the new length
     */
    static int fix(char[] a, int n) {
        BreakIterator words = null;
        int w = 0;
        int r = 0;
        while (r < n) {
            char c = a[r];
            if (c == '\u0E4D' && r + 1 < n && a[r + 1] == '\u0E32') {
                a[w++] = '\u0E33';
                r += 2;
            } else if (c == ' ' && r + 1 < n && a[r + 1] == '\u0E32' && gapAfterConsonant(a, w, r, n)) {
                if (words == null) {
                    words = ThaiDictionary.wordIterator();
                }
                a[w] = saraAmReadsBetter(words, a, w, r + 2, n) ? '\u0E33' : '\u0E32';
                w++;
                r += 2;
            } else {
                a[w++] = c;
                r++;
            }
        }
        return w;
    }

    static String fix(String s) {
        char[] a = s.toCharArray();
        return new String(a, 0, fix(a, a.length));
    }

    /**
     * The output so far (a[0, w)) ends in a consonant, maybe with a tone mark, that can take sara am; the space
     * at a[sp] is followed by sara aa that is not part of เ-าะ and not letter-spaced text ({@code ว า ง}).
     */
    private static boolean gapAfterConsonant(char[] a, int w, int sp, int n) {
        int c = w - 1;
        if (c >= 0 && ThaiChars.isTone(a[c])) {
            c--;
        }
        if (c < 0 || !ThaiChars.isConsonant(a[c])) {
            return false;
        }
        char before = c == 0 ? ' ' : a[c - 1];
        char after = sp + 2 < n ? a[sp + 2] : ' ';
        if (after == '\u0E30' || ThaiChars.isLeadingVowel(before)) {
            return false; // ำ never goes with a leading vowel
        }
        return !(Character.isWhitespace(before) && Character.isWhitespace(after));
    }

    /** Compares the Thai context with ำ and with า by the characters ICU leaves outside dictionary words; ties go to ำ. */
    private static boolean saraAmReadsBetter(BreakIterator words, char[] a, int w, int rightStart, int n) {
        int ls = ThaiChars.runStart(a, w, WINDOW);
        int re = ThaiChars.runEnd(a, rightStart, n, WINDOW);
        StringBuilder sb = new StringBuilder(w - ls + 1 + re - rightStart);
        sb.append(a, ls, w - ls).append('\u0E33').append(a, rightStart, re - rightStart);
        String withAm = sb.toString();
        sb.setCharAt(w - ls, '\u0E32');
        String withAa = sb.toString();
        return ThaiDictionary.unknownChars(words, withAm) <= ThaiDictionary.unknownChars(words, withAa);
    }
}
