package org.klangru.taxonomy;

/**
 * Normalises text for matching markers and phrases (never for display or indexing): Thai digits to Arabic, every
 * space-like character to one space, zero-width characters removed, decomposed sara am composed, dashes unified,
 * full-width ASCII folded. {@link #compact} additionally drops spaces between Thai characters, because Thai
 * writers put spaces inside phrases ("การวัด การวิเคราะห์") and PDFs break words.
 */
final class MatchText {
    private MatchText() {
    }

    static String normalize(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= '\u0E01' && c <= '\u0E4C') || (c > ' ' && c < '\u007F')) {
                // Thai letters and marks (but sara am's parts and digits) and visible ASCII need nothing: the fast path
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                space = false;
                b.append(c);
                continue;
            }
            if (c >= '\u0E50' && c <= '\u0E59') {
                c = (char) ('0' + (c - '\u0E50'));
            } else if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            } else if (c == '\u0E4D' && i + 1 < s.length() && s.charAt(i + 1) == '\u0E32') {
                c = '\u0E33';
                i++;
            } else if (c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014'
                    || c == '\u2015' || c == '\u2212' || c == '\uFE63' || c == '\uFF0D') {
                c = '-';
            } else if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF'
                    || c == '\u00AD') {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
                continue;
            }
            if (space && b.length() > 0) {
                b.append(' ');
            }
            space = false;
            b.append(c);
        }
        return b.toString();
    }

    /** Removes the spaces of a {@link #normalize normalized} string that stand between two Thai characters. */
    static String compact(String normalized) {
        StringBuilder b = new StringBuilder(normalized.length());
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (c == ' ' && i > 0 && i + 1 < normalized.length()
                    && isThai(normalized.charAt(i - 1)) && isThai(normalized.charAt(i + 1))) {
                continue;
            }
            b.append(c);
        }
        return b.toString();
    }

    static String compactOf(String raw) {
        return compact(normalize(raw));
    }

    static boolean isThai(char c) {
        return c >= '\u0E00' && c <= '\u0E7F';
    }

    static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    static boolean hasAsciiLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                return true;
            }
        }
        return false;
    }
}
