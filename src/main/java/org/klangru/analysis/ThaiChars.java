package org.klangru.analysis;

/** Character classes of the Thai block that the segmentation rules and the n-gram tokenizer share. */
final class ThaiChars {
    private ThaiChars() {}

    static final char MAI_YAMOK = '\u0E46';    // ๆ, repetition mark
    static final char PAIYANNOI = '\u0E2F';    // ฯ, abbreviation mark
    static final char THANTHAKHAT = '\u0E4C';  // ์, silences the letter it sits on

    /** Any character of the Thai block, digits and marks included. */
    static boolean isThai(char c) {
        return c >= '\u0E00' && c <= '\u0E7F';
    }

    /** Consonants, vowels, tone and other marks: what Thai words are spelled with (not digits, ๆ, ฯ, ฿). */
    static boolean isThaiLetter(char c) {
        return (c >= '\u0E01' && c <= '\u0E3A' && c != PAIYANNOI) || (c >= '\u0E40' && c <= '\u0E4E' && c != MAI_YAMOK);
    }

    static boolean isConsonant(char c) {
        return c >= '\u0E01' && c <= '\u0E2E';
    }

    /** Marks written above or below a consonant: a token cannot start with one. */
    static boolean isCombiningMark(char c) {
        return c == '\u0E31' || (c >= '\u0E34' && c <= '\u0E3A') || (c >= '\u0E47' && c <= '\u0E4E');
    }

    static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '\u0E50' && c <= '\u0E59');
    }

    static boolean containsThaiLetter(char[] text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (isThaiLetter(text[i])) {
                return true;
            }
        }
        return false;
    }

    static boolean containsThaiLetter(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (isThaiLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
