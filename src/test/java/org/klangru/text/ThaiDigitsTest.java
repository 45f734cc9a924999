package org.klangru.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class ThaiDigitsTest {

    @Test
    void foldsEveryThaiDigit() {
        assertEquals("0123456789", ThaiDigits.toArabic("๐๑๒๓๔๕๖๗๘๙"));
    }

    @Test
    void foldsDigitsInsideText() {
        // from the Royal Gazette: "พ.ศ. ๒๕๖6" mixes Thai and ASCII digits in one number
        assertEquals("พ.ศ. 2566", ThaiDigits.toArabic("พ.ศ. ๒๕๖6"));
        assertEquals("มาตรา 103 และ CS1", ThaiDigits.toArabic("มาตรา ๑๐๓ และ CS๑"));
    }

    @Test
    void leavesEverythingElseAlone() {
        String s = "abc ٣ ๆ ฯ ๏ ๚ ๛ U+0E4F-0E5B 0123";
        assertSame(s, ThaiDigits.toArabic(s));
        assertEquals("", ThaiDigits.toArabic(""));
    }
}
