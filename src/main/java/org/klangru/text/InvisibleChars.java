package org.klangru.text;

/**
 * Line ends, invisible characters and exotic spaces. Extractors emit zero-width characters (which split ICU
 * words where nobody sees a gap) and NBSP or other Unicode spaces (which tokenizers and snippets treat unevenly).
 */
final class InvisibleChars {

    private InvisibleChars() {
    }

    /**
     * In place: CRLF and lone CR become LF, as do U+0085, U+2028 and U+2029; zero-width characters
     * (U+200B–U+200D, U+2060, U+FEFF) and soft hyphens go; NBSP and the other Unicode spaces become ' '.
     *
     * @return the new length of the text in {@code a}
     */
    static int clean(char[] a, int n) {
        int w = 0;
        for (int r = 0; r < n; r++) {
            char c = a[r];
            if (c < 0x80) {
                if (c == '\r') {
                    c = '\n';
                    if (r + 1 < n && a[r + 1] == '\n') {
                        r++;
                    }
                }
                a[w++] = c;
                continue;
            }
            switch (c) {
                case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD' -> { }
                case '\u00A0', '\u1680', '\u202F', '\u205F', '\u3000' -> a[w++] = ' ';
                case '\u0085', '\u2028', '\u2029' -> a[w++] = '\n';
                default -> a[w++] = c >= '\u2000' && c <= '\u200A' ? ' ' : c;
            }
        }
        return w;
    }

    static String clean(String s) {
        char[] a = s.toCharArray();
        return new String(a, 0, clean(a, a.length));
    }
}
