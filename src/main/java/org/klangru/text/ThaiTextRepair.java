package org.klangru.text;

import com.ibm.icu.text.Normalizer2;
import java.util.Objects;

/**
 * Repairs Thai text as it comes out of extractors (PDF text layers above all) before anything else sees it.
 * Pure and thread-safe. The steps work in place on one char array, each in one linear pass; the dictionary
 * is consulted only at the rare places that need a decision. NFKC is never applied: it splits sara am.
 */
public final class ThaiTextRepair {

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    /** Real text settles in two or three passes; the cap only bounds pathological input. */
    private static final int MAX_PASSES = 8;

    private ThaiTextRepair() {
    }

    /**
     * Repairs extracted text; idempotent ({@code repair(repair(x)).equals(repair(x))}); keeps line structure
     * (newlines between paragraphs or lines that are real breaks stay).
     */
    public static String repair(String extracted) {
        Objects.requireNonNull(extracted, "extracted");
        String s = mayNeedNfc(extracted) ? NFC.normalize(extracted) : extracted;
        char[] a = s.toCharArray();
        int n = InvisibleChars.clean(a, a.length);
        PrivateUseGlyphs.map(a, n);
        for (int pass = 1; ; pass++) {
            n = MarkOrder.fix(a, n);
            n = SaraAm.fix(a, n);
            boolean moved = OrphanMarks.fix(a, n) | DriftedTones.fix(a, n);
            int joined = IntraWordBreaks.fix(a, n);
            boolean changed = moved || joined != n;
            n = joined;
            // A join or a moved mark changes the context of the next decision (and can bring marks together),
            // so go again until nothing moves; that is what makes repair idempotent. Clean text takes one pass,
            // PDF text two.
            if (!changed) {
                break;
            }
            if (pass == MAX_PASSES) {
                n = SaraAm.fix(a, MarkOrder.fix(a, n));
                break;
            }
        }
        return new String(a, 0, n);
    }

    /**
     * False when NFC cannot change the text: only characters below U+0300 (no combining marks among them)
     * and Thai, whose canonical mark order {@link MarkOrder} produces anyway. Saves the normalizer's scan on
     * almost all input.
     */
    static boolean mayNeedNfc(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u0300' && (c < '\u0E00' || c > '\u0E7F') && (c < '\u2010' || c > '\u2027')) {
                return true;
            }
        }
        return false;
    }
}
