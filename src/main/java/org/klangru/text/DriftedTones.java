package org.klangru.text;

import com.ibm.icu.text.BreakIterator;

import java.nio.CharBuffer;

/**
 * A tone mark that a PDF text layer gives after the consonant following its syllable: {@code ขึน้} for
 * {@code ขึ้น}, {@code บ่งชีอ้งค์} for {@code บ่งชี้องค์}. After an upper vowel (ิ ี ึ ื) the same letters can be right
 * ({@code มีน้ำ}: the tone is on the next syllable), so the mark moves back onto the vowel only where that leaves
 * fewer characters outside dictionary words around it.
 */
final class DriftedTones {

    /** Enough of the text on each side for the dictionary. */
    private static final int WINDOW = 12;

    private DriftedTones() {
    }

    /** In place; the length does not change. Returns whether a mark was moved. */
    static boolean fix(char[] a, int n) {
        boolean moved = false;
        BreakIterator words = null;
        CharSequence text = CharBuffer.wrap(a, 0, n);
        for (int i = 0; i + 3 < n; i++) {
            if (!ThaiChars.isConsonant(a[i]) || !isUpperVowel(a[i + 1]) || !ThaiChars.isConsonant(a[i + 2])
                    || !ThaiChars.isTone(a[i + 3]) || (i + 4 < n && ThaiChars.isCombining(a[i + 4]))) {
                continue;
            }
            // a word that starts with the consonant and its tone (ส่วน in มีส่วน) says the tone is where it belongs;
            // a lookup in the dictionary's trie spares the segmentation at almost every such place
            if (ThaiDictionary.anyWordAcross(text, i + 2, i + 4)) {
                continue;
            }
            int start = ThaiChars.runStart(a, i, WINDOW);
            int end = ThaiChars.runEnd(a, i + 4, n, WINDOW);
            String written = new String(a, start, end - start);
            if (words == null) {
                words = ThaiDictionary.wordIterator();
            }
            int unknown = ThaiDictionary.unknownChars(words, written);
            if (unknown == 0) {
                continue;
            }
            char[] swapped = written.toCharArray();
            int at = i + 2 - start;
            swapped[at] = a[i + 3];
            swapped[at + 1] = a[i + 2];
            if (ThaiDictionary.unknownChars(words, new String(swapped)) < unknown) {
                char consonant = a[i + 2];
                a[i + 2] = a[i + 3];
                a[i + 3] = consonant;
                moved = true;
            }
        }
        return moved;
    }

    static String fix(String s) {
        char[] a = s.toCharArray();
        fix(a, a.length);
        return new String(a);
    }

    /** ิ ี ึ ื: vowels written above the consonant, as tone marks are. */
    private static boolean isUpperVowel(char c) {
        return c >= '\u0E34' && c <= '\u0E37';
    }
}
