package org.klangru.text;

import com.ibm.icu.text.BreakIterator;
import java.util.Objects;

/**
 * Whether the text layer of a PDF page, after {@link ThaiTextRepair#repair}, is worth indexing, or the page
 * should be read again by OCR. Pure and thread-safe.
 *
 * <p>Three signs of a layer that repair could not save, each measured on the seed texts and PDFs
 * (docs/benchmarks.md, "OCR"):
 * <ul>
 *   <li>Sara am lost: ำ is among the commonest Thai vowels (4–18 per 1,000 Thai letters in the seeds, the
 *   Royal Gazette and the sample corpora). A page of {@value #SARA_AM_MIN_THAI}+ Thai letters with almost none
 *   has lost it (a font whose ำ glyph maps to nothing). Repair cannot put it back; ICU's segmentation
 *   hides the damage ({@code ดเนินการ} splits into dictionary words), so the dictionary share below misses it.</li>
 *   <li>Thai outside the dictionary: the share of Thai letters in ICU tokens that are not words of ICU's
 *   dictionary. Clean pages after repair 0.0–3.1 %; with tone marks dropped 8.2–11.2 %.</li>
 *   <li>Junk: private-use glyphs that repair could not map, and U+FFFD, as a share of the page's letters.</li>
 * </ul>
 */
public final class TextLayerQuality {

    /** Fewer letters than this (a page number, a running header over a scan) is no text layer. */
    public static final int MIN_LETTERS = 20;
    /** Below this many Thai letters the dictionary share says little and is not judged. */
    static final int MIN_THAI_TO_JUDGE = 40;
    /** Above this share of Thai letters outside dictionary words the layer is broken. */
    static final double MAX_UNKNOWN_THAI_SHARE = 0.06;
    /** Sara am is judged on pages with at least this many Thai letters (a third of a dense page). */
    static final int SARA_AM_MIN_THAI = 1_500;
    /** Fewer sara am per 1,000 Thai letters than this is a layer that lost it (clean text: 4 and more). */
    static final double MIN_SARA_AM_PER_1000 = 0.7;
    /** Above this share of junk characters (unmapped private-use glyphs, U+FFFD) the layer is broken. */
    static final double MAX_JUNK_SHARE = 0.10;

    private TextLayerQuality() {
    }

    /**
     * What a page's text holds.
     *
     * @param letters     letters and digits of any script
     * @param thaiLetters Thai word characters
     * @param unknownThai Thai word characters in ICU tokens that are not dictionary words
     * @param saraAm      sara am (ำ)
     * @param junk        private-use characters and U+FFFD
     */
    public record Assessment(int letters, int thaiLetters, int unknownThai, int saraAm, int junk) {

        /** Share of the Thai letters outside dictionary words, 0 when there is no Thai. */
        public double unknownThaiShare() {
            return thaiLetters == 0 ? 0 : (double) unknownThai / thaiLetters;
        }

        public double saraAmPer1000() {
            return thaiLetters == 0 ? 0 : 1000.0 * saraAm / thaiLetters;
        }

        /** True when there is (almost) no text at all, not even glyphs without characters. */
        public boolean empty() {
            return letters + junk < MIN_LETTERS;
        }

        /** Why the text is not usable, or null when it is. */
        public String problem() {
            if (empty()) {
                return "no text";
            }
            if ((double) junk / (letters + junk) > MAX_JUNK_SHARE) {
                return "unmapped glyphs";
            }
            if (thaiLetters >= SARA_AM_MIN_THAI && saraAmPer1000() < MIN_SARA_AM_PER_1000) {
                return "sara am lost";
            }
            if (thaiLetters >= MIN_THAI_TO_JUDGE && unknownThaiShare() > MAX_UNKNOWN_THAI_SHARE) {
                return "Thai outside the dictionary";
            }
            return null;
        }

        /** True when the page can be indexed as it is. */
        public boolean usable() {
            return problem() == null;
        }
    }

    /** Assesses repaired text (run {@link ThaiTextRepair#repair} first: this judges what repair could not fix). */
    public static Assessment assess(String repaired) {
        Objects.requireNonNull(repaired, "repaired");
        int letters = 0;
        int thai = 0;
        int saraAm = 0;
        int junk = 0;
        for (int i = 0; i < repaired.length(); i++) {
            char c = repaired.charAt(i);
            if (ThaiChars.isThaiWordChar(c)) {
                thai++;
                letters++;
                if (c == '\u0E33') {
                    saraAm++;
                }
            } else if (c == '\uFFFD' || c >= '\uE000' && c <= '\uF8FF') {
                junk++;
            } else if (Character.isLetterOrDigit(c)) {
                letters++;
            }
        }
        int unknown = thai < MIN_THAI_TO_JUDGE ? 0 : unknownThai(repaired);
        return new Assessment(letters, thai, unknown, saraAm, junk);
    }

    private static int unknownThai(String text) {
        BreakIterator words = ThaiDictionary.wordIterator();
        words.setText(text);
        int unknown = 0;
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            if (ThaiChars.isThaiWordChar(text.charAt(start)) && !ThaiDictionary.contains(text, start, end)) {
                for (int i = start; i < end; i++) {
                    if (ThaiChars.isThaiWordChar(text.charAt(i))) {
                        unknown++;
                    }
                }
            }
        }
        return unknown;
    }
}
