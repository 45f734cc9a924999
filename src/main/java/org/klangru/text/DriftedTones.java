package org.klangru.text;

import com.ibm.icu.text.BreakIterator;

import java.nio.CharBuffer;

/**
 * A tone mark that a PDF text layer gives after the consonant following its syllable: {@code ตัง้} for
 * {@code ตั้ง}, {@code ขึน้} for {@code ขึ้น}, {@code บ่งชีอ้งค์} for {@code บ่งชี้องค์}, {@code ตัวชีวั้ด} for
 * {@code ตัวชี้วัด}. After mai han akat the mark always moves back: that vowel takes a final, so the tone cannot be
 * the next syllable's. After an upper vowel (ิ ี ึ ื) the same letters can be right ({@code มีน้ำ}: the tone is on
 * the next syllable), so there the mark moves back only where that leaves fewer characters outside dictionary
 * words around it.
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
            int tone = toneAfterNext(a, i, n);
            if (tone < 0) {
                continue;
            }
            // mai han akat always takes a final, so a tone right after that final can belong to no other consonant
            if (a[i + 1] == ThaiChars.MAI_HAN_AKAT && tone == i + 3) {
                moveBack(a, i + 2, tone);
                moved = true;
                continue;
            }
            // a word that starts with the next consonant and spans the tone (ส่วน in มีส่วน) says the tone is where it
            // belongs; a lookup in the dictionary's trie spares the segmentation at almost every such place
            if (ThaiDictionary.anyWordAcross(text, i + 2, tone + 1)) {
                continue;
            }
            int start = ThaiChars.runStart(a, i, WINDOW);
            int end = ThaiChars.runEnd(a, tone + 1, n, WINDOW);
            String written = new String(a, start, end - start);
            if (words == null) {
                words = ThaiDictionary.wordIterator();
            }
            int unknown = ThaiDictionary.unknownChars(words, written);
            if (unknown == 0) {
                continue;
            }
            char[] placed = written.toCharArray();
            moveBack(placed, i + 2 - start, tone - start);
            if (ThaiDictionary.unknownChars(words, new String(placed)) < unknown) {
                moveBack(a, i + 2, tone);
                moved = true;
            }
        }
        return moved;
    }

    /**
     * Where {@code a[i]} is a consonant with an upper vowel or mai han akat, followed by the next consonant, maybe that
     * one's own upper vowel ({@code ชีวั้ด}), and then a tone with no mark after it: the tone's offset; else -1.
     */
    private static int toneAfterNext(char[] a, int i, int n) {
        boolean upper = isUpperVowel(a[i + 1]) || a[i + 1] == ThaiChars.MAI_HAN_AKAT;
        if (!ThaiChars.isConsonant(a[i]) || !upper || !ThaiChars.isConsonant(a[i + 2])) {
            return -1;
        }
        int tone = i + 3;
        if (tone + 1 < n && (a[tone] == ThaiChars.MAI_HAN_AKAT || isUpperVowel(a[tone]))) {
            tone++;
        }
        boolean alone = tone + 1 >= n || !ThaiChars.isCombining(a[tone + 1]);
        return ThaiChars.isTone(a[tone]) && alone ? tone : -1;
    }

    /** The tone at {@code tone} moved to {@code to}, the letters between shifted right. */
    private static void moveBack(char[] a, int to, int tone) {
        char mark = a[tone];
        System.arraycopy(a, to, a, to + 1, tone - to);
        a[to] = mark;
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
