package org.klangru.ingest.ocr;

import com.ibm.icu.text.Normalizer2;
import org.klangru.text.WordSurvival;

import java.util.Map;

/**
 * How close OCR text is to the original. Character error rate: Levenshtein distance over characters with every
 * whitespace removed (spacing is judged by findability instead; Thai writes no spaces between words, and line
 * breaks follow the page), after NFC and composing nikhahit + sara aa into sara am on both sides, divided by the
 * original's length. Findability: the share of the original's ICU words (tokens with a letter or digit, counted
 * as a multiset) that are also ICU words of the OCR text, i.e. what search can still find.
 */
final class OcrScores {
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private OcrScores() {}

    static String comparable(String s) {
        return NFC.normalize(s).replace("\u0E4D\u0E32", "\u0E33").replaceAll("\\s+", "");
    }

    /** Edit distance between the comparable forms, over the reference's length. */
    static double cer(String reference, String ocr) {
        String a = comparable(reference);
        String b = comparable(ocr);
        return a.isEmpty() ? (b.isEmpty() ? 0 : 1) : (double) levenshtein(a, b) / a.length();
    }

    static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (ca == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** Found words of the reference / its words, each counted min(reference count, OCR count) times. */
    static double findability(String reference, String ocr) {
        return WordSurvival.survival(NFC.normalize(reference), NFC.normalize(ocr));
    }

    /** Reference words missing from the OCR text, for diagnostics. */
    static Map<String, Integer> lost(String reference, String ocr) {
        return new java.util.TreeMap<>(WordSurvival.lost(NFC.normalize(reference), NFC.normalize(ocr)));
    }
}
