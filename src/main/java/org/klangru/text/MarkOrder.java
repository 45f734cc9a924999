package org.klangru.text;

/**
 * Puts Thai marks back in Unicode order. PDF text layers emit marks in drawing order, so a tone mark often
 * comes before the vowel it sits on ({@code เม่ือ} for {@code เมื่อ}); ICU's dictionary then misses the word.
 * Within each run of combining marks the order becomes: phinthu, the other vowel marks, tone marks,
 * thanthakhat, nikhahit/yamakkan. Nikhahit goes last so that it meets the า of a decomposed sara am; phinthu
 * goes first so that the result is also in NFC's canonical order. Identical marks in a row collapse to one,
 * and two sara e ({@code เเ}, a typing habit) become sara ae ({@code แ}).
 */
final class MarkOrder {

    private MarkOrder() {
    }

    /** In place; returns the new length. */
    static int fix(char[] a, int n) {
        char[] run = null;
        int w = 0;
        int r = 0;
        while (r < n) {
            char c = a[r];
            if (c == '\u0E40' && r + 1 < n && a[r + 1] == '\u0E40') {
                a[w++] = '\u0E41';
                r += 2;
                continue;
            }
            if (!ThaiChars.isCombining(c) || r + 1 >= n || !ThaiChars.isCombining(a[r + 1])) {
                a[w++] = c;
                r++;
                continue;
            }
            int end = r + 2;
            while (end < n && ThaiChars.isCombining(a[end])) {
                end++;
            }
            int len = end - r;
            if (run == null || run.length < len) {
                run = new char[Math.max(8, len)];
            }
            System.arraycopy(a, r, run, 0, len);
            sortByRank(run, len);
            char prev = 0;
            for (int k = 0; k < len; k++) {
                if (run[k] != prev) {
                    a[w++] = run[k];
                }
                prev = run[k];
            }
            r = end;
        }
        return w;
    }

    static String fix(String s) {
        char[] a = s.toCharArray();
        return new String(a, 0, fix(a, a.length));
    }

    private static int rank(char c) {
        if (c == '\u0E3A') {
            return 0;
        }
        if (ThaiChars.isMarkVowel(c)) {
            return 1;
        }
        if (ThaiChars.isTone(c)) {
            return 2;
        }
        return c == '\u0E4C' ? 3 : 4;
    }

    /** Stable insertion sort; runs are a few marks long. */
    private static void sortByRank(char[] a, int len) {
        for (int k = 1; k < len; k++) {
            char x = a[k];
            int r = rank(x);
            int j = k - 1;
            while (j >= 0 && rank(a[j]) > r) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = x;
        }
    }
}
