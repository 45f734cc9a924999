package org.klangru.text;

/** Placeholder until the text-repair work lands. */
public final class ThaiDigits {
    private ThaiDigits() {}

    public static String toArabic(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(c >= '\u0E50' && c <= '\u0E59' ? (char) ('0' + (c - '\u0E50')) : c);
        }
        return sb.toString();
    }
}
