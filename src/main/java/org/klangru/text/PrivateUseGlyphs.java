package org.klangru.text;

/**
 * Maps the private-use glyph variants that Thai fonts without OpenType tables use (shifted tone marks, vowels
 * and descender-less ญ/ฐ) back to the Thai characters they draw. The table is the inverse of HarfBuzz's Thai
 * PUA fallback shaper (hb-ot-shaper-thai.cc): Windows codepoints U+F700–U+F71A, Mac codepoints U+F884–U+F89E.
 * Other fonts put unrelated symbols in the same range, so a run is mapped only when it touches Thai text.
 */
final class PrivateUseGlyphs {

    private static final char WIN_FIRST = '\uF700';
    private static final char MAC_FIRST = '\uF884';

    /** Index = codepoint - U+F700. */
    private static final char[] WIN = {
        '\u0E10', // F700 THO THAN without descender
        '\u0E34', '\u0E35', '\u0E36', '\u0E37', // F701-F704 SARA I, II, UE, UEE shifted left
        '\u0E48', '\u0E49', '\u0E4A', '\u0E4B', '\u0E4C', // F705-F709 tones, thanthakhat shifted down-left
        '\u0E48', '\u0E49', '\u0E4A', '\u0E4B', '\u0E4C', // F70A-F70E the same shifted down
        '\u0E0D', // F70F YO YING without descender
        '\u0E31', // F710 MAI HAN-AKAT shifted left
        '\u0E4D', // F711 NIKHAHIT shifted left
        '\u0E47', // F712 MAITAIKHU shifted left
        '\u0E48', '\u0E49', '\u0E4A', '\u0E4B', '\u0E4C', // F713-F717 the same shifted left
        '\u0E38', '\u0E39', '\u0E3A', // F718-F71A SARA U, UU, PHINTHU shifted down
    };

    /** Index = codepoint - U+F884. */
    private static final char[] MAC = {
        '\u0E31', // F884 MAI HAN-AKAT shifted left
        '\u0E34', '\u0E35', '\u0E36', '\u0E37', // F885-F888 SARA I, II, UE, UEE shifted left
        '\u0E47', // F889 MAITAIKHU shifted left
        '\u0E48', '\u0E48', '\u0E48', // F88A-F88C MAI EK shifted left, down, down-left
        '\u0E49', '\u0E49', '\u0E49', // F88D-F88F MAI THO
        '\u0E4A', '\u0E4A', '\u0E4A', // F890-F892 MAI TRI
        '\u0E4B', '\u0E4B', '\u0E4B', // F893-F895 MAI CHATTAWA
        '\u0E4C', '\u0E4C', '\u0E4C', // F896-F898 THANTHAKHAT
        '\u0E4D', // F899 NIKHAHIT shifted left
        '\u0E0D', // F89A YO YING without descender
        '\u0E38', '\u0E39', '\u0E3A', // F89B-F89D SARA U, UU, PHINTHU shifted down
        '\u0E10', // F89E THO THAN without descender
    };

    private PrivateUseGlyphs() {
    }

    /** The Thai character a PUA glyph stands for, or 0 when it is not one of HarfBuzz's Thai glyphs. */
    static char thaiFor(char c) {
        if (c >= WIN_FIRST && c < WIN_FIRST + WIN.length) {
            return WIN[c - WIN_FIRST];
        }
        if (c >= MAC_FIRST && c < MAC_FIRST + MAC.length) {
            return MAC[c - MAC_FIRST];
        }
        return 0;
    }

    /** In place: replaces each run of Thai PUA glyphs whose neighbour just before or just after is Thai. */
    static void map(char[] a, int n) {
        int i = 0;
        while (i < n) {
            if (thaiFor(a[i]) == 0) {
                i++;
                continue;
            }
            int end = i;
            while (end < n && thaiFor(a[end]) != 0) {
                end++;
            }
            if ((i > 0 && ThaiChars.isThai(a[i - 1])) || (end < n && ThaiChars.isThai(a[end]))) {
                for (int k = i; k < end; k++) {
                    a[k] = thaiFor(a[k]);
                }
            }
            i = end;
        }
    }

    static String map(String s) {
        char[] a = s.toCharArray();
        map(a, a.length);
        return new String(a);
    }
}
