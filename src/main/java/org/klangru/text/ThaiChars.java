package org.klangru.text;

/** Character classes of the Thai block that the repairs reason about. */
final class ThaiChars {

    /** ั: it always takes a final consonant. */
    static final char MAI_HAN_AKAT = '\u0E31';

    private ThaiChars() {
    }

    /** ก (U+0E01) to ฮ (U+0E2E), including ฤ and ฦ. */
    static boolean isConsonant(char c) {
        return c >= '\u0E01' && c <= '\u0E2E';
    }

    /** เ แ โ ใ ไ: written before the consonant they follow in speech, so a syllable never ends on one. */
    static boolean isLeadingVowel(char c) {
        return c >= '\u0E40' && c <= '\u0E44';
    }

    /** ะ า ำ ๅ: spacing vowels that always follow a consonant, so a word never starts with one. */
    static boolean isFollowingVowel(char c) {
        return c == '\u0E30' || c == '\u0E32' || c == '\u0E33' || c == '\u0E45';
    }

    /** Above and below vowels ั ิ ี ึ ื ุ ู ฺ and ็. */
    static boolean isMarkVowel(char c) {
        return c == '\u0E31' || (c >= '\u0E34' && c <= '\u0E3A') || c == '\u0E47';
    }

    /** Tone marks ่ ้ ๊ ๋. */
    static boolean isTone(char c) {
        return c >= '\u0E48' && c <= '\u0E4B';
    }

    /** Every non-spacing Thai mark: vowels above/below, ็, tones, ์ ํ ๎. */
    static boolean isCombining(char c) {
        return c == '\u0E31' || (c >= '\u0E34' && c <= '\u0E3A') || (c >= '\u0E47' && c <= '\u0E4E');
    }

    /** Letters, vowels and marks of a Thai word: U+0E01–U+0E4E except ฯ, ฿ and ๆ, which stand apart. */
    static boolean isThaiWordChar(char c) {
        return c >= '\u0E01' && c <= '\u0E4E' && c != '\u0E2F' && c != '\u0E3F' && c != '\u0E46';
    }

    /** Anything in the Thai block. */
    static boolean isThai(char c) {
        return c >= '\u0E00' && c <= '\u0E7F';
    }

    /** Start of the run of Thai word characters that ends at {@code end}, looking back at most {@code max} chars. */
    static int runStart(char[] a, int end, int max) {
        int start = end;
        int min = Math.max(0, end - max);
        while (start > min && isThaiWordChar(a[start - 1])) {
            start--;
        }
        return start;
    }

    /** End of the run of Thai word characters that starts at {@code start}, looking ahead at most {@code max} chars. */
    static int runEnd(char[] a, int start, int n, int max) {
        int end = start;
        int lim = Math.min(n, start + max);
        while (end < lim && isThaiWordChar(a[end])) {
            end++;
        }
        return end;
    }
}
