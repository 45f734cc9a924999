package org.klangru.text;

/** Thai digits (U+0E50–U+0E59) to ASCII digits; stored text keeps them, the analyzers fold them. */
public final class ThaiDigits {

    private static final char THAI_ZERO = '\u0E50';
    private static final char THAI_NINE = '\u0E59';

    private ThaiDigits() {
    }

    /** {@code ๐-๙ -> 0-9}; every other character is left unchanged. Returns the same instance when there is nothing to fold. */
    public static String toArabic(String s) {
        int first = -1;
        for (int i = 0; i < s.length(); i++) {
            if (isThaiDigit(s.charAt(i))) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            return s;
        }
        char[] out = s.toCharArray();
        for (int i = first; i < out.length; i++) {
            if (isThaiDigit(out[i])) {
                out[i] = (char) ('0' + (out[i] - THAI_ZERO));
            }
        }
        return new String(out);
    }

    static boolean isThaiDigit(char c) {
        return c >= THAI_ZERO && c <= THAI_NINE;
    }
}
