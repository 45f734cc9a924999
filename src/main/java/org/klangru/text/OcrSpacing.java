package org.klangru.text;

import java.util.Objects;

/**
 * Removes the spaces that Tesseract puts between Thai characters when it letter-spaces a line
 * ({@code ส ํ า น ั ก ง า น} for {@code สํานักงาน}). Tesseract 5.3 does that whenever {@code preserve_interword_spaces}
 * is set explicitly, as Tika's TesseractOCRParser always does; run as Klangru runs it, its Thai comes out spaced
 * like print. Pure and thread-safe.
 *
 * <p>Only a letter-spaced line is touched: one where most Thai tokens between spaces are a single character
 * (marks not counted). In such a line every gap between two Thai letters (or a Thai letter and the dot of an
 * abbreviation) is removed; the page's real phrase
 * spaces are lost with them (Tesseract marks them no differently), which costs search nothing, since ICU finds
 * the words. Spaces next to Latin letters, digits and punctuation stay. Other lines, with their phrase spaces,
 * are returned as they are. Run before {@link ThaiTextRepair#repair}.
 */
public final class OcrSpacing {

    /** A line needs at least this many Thai tokens to be judged. */
    static final int MIN_THAI_TOKENS = 4;
    /** Share of one-character Thai tokens above which a line is letter-spaced (normal lines: phrases, near 0). */
    static final double MIN_SINGLE_SHARE = 0.5;

    private OcrSpacing() {
    }

    public static String join(String ocr) {
        Objects.requireNonNull(ocr, "ocr");
        StringBuilder out = new StringBuilder(ocr.length());
        int start = 0;
        while (start <= ocr.length()) {
            int nl = ocr.indexOf('\n', start);
            int end = nl < 0 ? ocr.length() : nl;
            String line = ocr.substring(start, end);
            out.append(letterSpaced(line) ? joinThai(line) : line);
            if (nl < 0) {
                break;
            }
            out.append('\n');
            start = nl + 1;
        }
        return out.toString();
    }

    static boolean letterSpaced(String line) {
        int thaiTokens = 0;
        int single = 0;
        for (String token : line.split(" +")) {
            if (token.isEmpty() || !allThaiWord(token)) {
                continue;
            }
            thaiTokens++;
            if (baseChars(token) <= 1) {
                single++;
            }
        }
        return thaiTokens >= MIN_THAI_TOKENS && single > MIN_SINGLE_SHARE * thaiTokens;
    }

    private static String joinThai(String line) {
        StringBuilder sb = new StringBuilder(line.length());
        int n = line.length();
        for (int i = 0; i < n; i++) {
            char c = line.charAt(i);
            if (c == ' ' && sb.length() > 0 && joinable(sb.charAt(sb.length() - 1))) {
                int j = i;
                while (j < n && line.charAt(j) == ' ') {
                    j++;
                }
                if (j < n && joinable(line.charAt(j)) && (ThaiChars.isThaiWordChar(sb.charAt(sb.length() - 1))
                        || ThaiChars.isThaiWordChar(line.charAt(j)))) {
                    i = j - 1; // drop the gap
                    continue;
                }
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** Thai letters and marks, and the dot of Thai abbreviations ({@code ก . พ . ร .}). */
    private static boolean joinable(char c) {
        return ThaiChars.isThaiWordChar(c) || c == '.';
    }

    private static boolean allThaiWord(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (!ThaiChars.isThaiWordChar(token.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Characters other than marks above and below: ส ํ า counts ส and า. */
    private static int baseChars(String token) {
        int n = 0;
        for (int i = 0; i < token.length(); i++) {
            if (!ThaiChars.isCombining(token.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
