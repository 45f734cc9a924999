package org.klangru.text;

import com.ibm.icu.text.BreakIterator;

/**
 * A tone mark at the start of a line, before the word it belongs to ({@code ้หนา} for {@code หน้า}, {@code ่เลม}
 * for {@code เล่ม}), as PDF headers and footers drawn glyph by glyph give it. The mark is moved behind the first
 * consonant of the word where that makes the word's first ICU token a dictionary word; else it stays.
 */
final class OrphanMarks {

    /** Consonants of the first syllable that may carry the mark (ห + น in หน้า, ก + ร in กร่าง). */
    private static final int MAX_TRIES = 3;

    /** Enough of the word for the dictionary. */
    private static final int WINDOW = 24;

    private OrphanMarks() {
    }

    /** In place; the length does not change. Returns whether a mark was moved. */
    static boolean fix(char[] a, int n) {
        boolean moved = false;
        BreakIterator words = null;
        for (int i = 0; i + 1 < n; i++) {
            if (!ThaiChars.isTone(a[i]) || !atLineStart(a, i)) {
                continue;
            }
            int wordEnd = ThaiChars.runEnd(a, i + 1, n, WINDOW);
            if (wordEnd == i + 1) {
                continue;
            }
            if (words == null) {
                words = ThaiDictionary.wordIterator();
            }
            String placed = place(words, a[i], new String(a, i + 1, wordEnd - i - 1));
            if (placed != null) {
                placed.getChars(0, placed.length(), a, i);
                i = wordEnd - 1;
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

    private static boolean atLineStart(char[] a, int i) {
        int j = i - 1;
        while (j >= 0 && a[j] == ' ') {
            j--;
        }
        return j < 0 || a[j] == '\n';
    }

    /** The word with the mark behind one of its first consonants, making its first ICU token a dictionary word; or null. */
    private static String place(BreakIterator words, char mark, String word) {
        int k = 0;
        if (ThaiChars.isLeadingVowel(word.charAt(k))) {
            k++;
        }
        for (int tries = 0; tries < MAX_TRIES && k < word.length() && ThaiChars.isConsonant(word.charAt(k)); tries++, k++) {
            String candidate = word.substring(0, k + 1) + mark + word.substring(k + 1);
            words.setText(candidate);
            int end = words.following(k + 1);
            if (ThaiDictionary.contains(candidate, 0, end)) {
                return candidate;
            }
        }
        return null;
    }
}
