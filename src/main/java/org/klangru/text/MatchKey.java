package org.klangru.text;

/**
 * A comparison key for Thai text: whitespace and zero-width characters dropped, Thai digits as 0-9,
 * decomposed sara am composed, two sara e as sara ae, lower case. Two texts a reader would call the same have the same key.
 */
public final class MatchKey {
    private MatchKey() {}

    public static String of(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u200B' || c == '\uFEFF') {
                continue;
            }
            if (c >= '\u0E50' && c <= '\u0E59') {
                c = (char) ('0' + (c - '\u0E50'));
            } else if (c == '\u0E4D' && i + 1 < s.length() && s.charAt(i + 1) == '\u0E32') {
                c = '\u0E33';
                i++;
            } else if (c == '\u0E40' && i + 1 < s.length() && s.charAt(i + 1) == '\u0E40') {
                c = '\u0E41';
                i++;
            }
            sb.append(Character.toLowerCase(c));
        }
        return sb.toString();
    }
}
