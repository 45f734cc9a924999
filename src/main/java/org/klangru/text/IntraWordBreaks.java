package org.klangru.text;

import com.ibm.icu.text.BreakIterator;

/**
 * Removes spaces and line breaks that a PDF layout put inside Thai words; keeps the ones that separate
 * phrases (Thai writes a space between phrases) or end a line for real.
 *
 * <p>Spaces: removed where Thai spelling says no word boundary can be: after a leading vowel (เ แ โ ใ ไ)
 * or before a combining mark or a following vowel (ะ า ำ ๅ); after mai han-akat (ั) only when the dictionary
 * agrees, because clean text drops a final consonant now and then ({@code สงสั ผม}). Line breaks: a single
 * line break between Thai letters is removed before a combining mark, or when joining repairs a word that
 * the break cut in two (see {@link #splitsWord}). A blank line is never removed. Measured on the seed PDFs
 * and on clean government news, where it must change almost nothing.
 */
final class IntraWordBreaks {

    /** Enough Thai on each side of a break for ICU's dictionary to settle its choice. */
    private static final int WINDOW = 24;

    private IntraWordBreaks() {
    }

    /** In place; returns the new length. */
    static int fix(char[] a, int n) {
        BreakIterator words = null;
        int w = 0;
        int r = 0;
        while (r < n) {
            char c = a[r];
            if (c != ' ' && c != '\n') {
                a[w++] = c;
                r++;
                continue;
            }
            int gs = r;
            int newlines = 0;
            while (r < n && (a[r] == ' ' || a[r] == '\n')) {
                if (a[r] == '\n') {
                    newlines++;
                }
                r++;
            }
            if (isCandidate(a, w, r, n, newlines)) {
                if (words == null) {
                    words = ThaiDictionary.wordIterator();
                }
                if (decide(words, a, w, r, n, newlines)) {
                    continue; // drop the gap
                }
            }
            System.arraycopy(a, gs, a, w, r - gs);
            w += r - gs;
        }
        return w;
    }

    static String fix(String s) {
        char[] a = s.toCharArray();
        return new String(a, 0, fix(a, a.length));
    }

    /** Cheap filter: the gap ending at a[ge] sits between Thai letters and holds at most one line break. */
    private static boolean isCandidate(char[] a, int w, int ge, int n, int newlines) {
        return w > 0 && ge < n && newlines <= 1
                && ThaiChars.isThaiWordChar(a[w - 1]) && ThaiChars.isThaiWordChar(a[ge]);
    }

    /** Left context is the output so far (a[0, w)), so that a second pass sees what the first one saw. */
    private static boolean decide(BreakIterator words, char[] a, int w, int ge, int n, int newlines) {
        char l = a[w - 1];
        char r = a[ge];
        if (ThaiChars.isCombining(r)) {
            return true; // a mark cannot begin a word or a line
        }
        if (newlines == 0) {
            if (ThaiChars.isLeadingVowel(l) || ThaiChars.isFollowingVowel(r)) {
                return true;
            }
            if (!endsWithMaiHanAkat(a, w)) {
                return false; // an ordinary space between phrases
            }
        }
        int ls = ThaiChars.runStart(a, w, WINDOW);
        int re = ThaiChars.runEnd(a, ge, n, WINDOW);
        if (newlines == 1 && re < n && a[re] == '.') {
            return false; // an abbreviation (ก.พ.ร., พ.ศ.) starts the line: a unit of its own
        }
        return splitsWord(words, new String(a, ls, w - ls), new String(a, ge, re - ge));
    }

    /** The output ends in mai han-akat, with at most a tone mark after it. */
    private static boolean endsWithMaiHanAkat(char[] a, int w) {
        char l = a[w - 1];
        return l == '\u0E31' || (ThaiChars.isTone(l) && w >= 2 && a[w - 2] == '\u0E31');
    }

    /**
     * True when joining the Thai runs {@code left} and {@code right} repairs a word cut in two. ICU alone crosses
     * the join far too often (it will glue any two phrases into some segmentation, {@code บาท|นาย} into
     * {@code บา|ทนาย}), so the dictionary decides. The token across the join must be a dictionary word; fewer
     * characters must be left outside dictionary words than in the two halves; and at each edge (the last
     * token of the left half, the first of the right half) a dictionary word must not be cut, while a fragment
     * must be absorbed entirely into dictionary words ({@code ในก|ารแก้} gives {@code ใน|การ|แก้}, but
     * {@code ซิโนแวค|วันนี้} must not give {@code แว|ควัน|นี้}).
     */
    static boolean splitsWord(BreakIterator words, String left, String right) {
        if (left.isEmpty() || right.isEmpty()) {
            return false;
        }
        String joined = left + right;
        int at = left.length();
        if (!ThaiDictionary.anyWordAcross(joined, 0, at)) {
            return false; // no dictionary word could cross the join: spare ICU
        }
        words.setText(joined);
        if (words.isBoundary(at)) {
            return false;
        }
        int start = words.preceding(at);
        int end = words.following(at);
        if (!ThaiDictionary.contains(joined, start, end)) {
            return false;
        }

        words.setText(left);
        int leftEdge = words.preceding(at);
        boolean leftEdgeKnown = ThaiDictionary.contains(left, leftEdge, at);
        int unknownLeft = ThaiDictionary.unknownChars(words, left);

        words.setText(right);
        int rightEdge = at + words.following(0);
        boolean rightEdgeKnown = ThaiDictionary.contains(right, 0, rightEdge - at);
        int unknownRight = ThaiDictionary.unknownChars(words, right);

        if (ThaiDictionary.unknownChars(words, joined) >= unknownLeft + unknownRight) {
            return false;
        }
        boolean leftOk = leftEdgeKnown ? start <= leftEdge : onlyWords(words, joined, leftEdge, at);
        boolean rightOk = rightEdgeKnown ? end >= rightEdge : onlyWords(words, joined, at, rightEdge);
        return leftOk && rightOk;
    }

    /** Every token of {@code text} (already set on {@code words}) that overlaps [from, to) is a dictionary word. */
    private static boolean onlyWords(BreakIterator words, String text, int from, int to) {
        int start = words.preceding(from + 1);
        for (int end = words.following(start); start < to && end != BreakIterator.DONE; start = end, end = words.next()) {
            if (!ThaiDictionary.contains(text, start, end)) {
                return false;
            }
        }
        return true;
    }
}
