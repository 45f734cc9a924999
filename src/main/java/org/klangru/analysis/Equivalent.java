package org.klangru.analysis;

import java.util.Locale;

/**
 * Two ways a collection writes the same thing: an abbreviation and its full name ("ธอส." and
 * "ธนาคารอาคารสงเคราะห์"), or an English term and its Thai ("Job Rotation" and "การหมุนเวียนงาน").
 *
 * @param shortForm the abbreviation, or the English side of a translation
 * @param longForm  the full name, or the Thai side of a translation
 */
public record Equivalent(String shortForm, String longForm, Kind kind) {

    public enum Kind {
        ABBREVIATION, TRANSLATION;

        private final String label = name().toLowerCase(Locale.ROOT);

        public String label() {
            return label;
        }
    }

    public Equivalent {
        shortForm = trim(shortForm);
        longForm = trim(longForm);
    }

    /** A pair as one string (an index term); {@link #parse} reads it back. */
    public String key() {
        return kind.label() + SEP + shortForm + SEP + longForm;
    }

    public static Equivalent parse(String key) {
        String[] parts = key.split(String.valueOf(SEP), 3);
        if (parts.length != 3) {
            throw new IllegalArgumentException("not an equivalent: " + key);
        }
        return new Equivalent(parts[1], parts[2], Kind.valueOf(parts[0].toUpperCase(Locale.ROOT)));
    }

    private static final char SEP = '\u001f';

    /** White space, no-break and zero-width spaces off both ends (web text ends names with them). */
    private static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && blank(s.charAt(start))) {
            start++;
        }
        while (end > start && blank(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean blank(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00A0' || c == '\u200B';
    }
}
