package org.klangru.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class InvisibleCharsTest {

    @Test
    void lineEndsBecomeLf() {
        assertEquals("ก\nข\nค\n\nง\nจ", InvisibleChars.clean("ก\r\nข\rค\r\n\r\nง\u2028จ"));
    }

    @Test
    void zeroWidthCharactersAndSoftHyphensGo() {
        // U+200B between Thai words is how some editors mark word breaks; ICU would cut a word at it
        assertEquals("การจัดการความรู้", InvisibleChars.clean("\uFEFFการ\u200Bจัดการ\u200Cความ\u200D\u2060รู้"));
        assertEquals("information", InvisibleChars.clean("infor\u00ADmation"));
    }

    @Test
    void unicodeSpacesBecomeSpace() {
        assertEquals("ก.พ.ร. ได้ 5 ชั้น x y", InvisibleChars.clean("ก.พ.ร.\u00A0ได้\u20025\u202Fชั้น\u3000x\u2009y"));
    }

    @Test
    void tabsAndOrdinaryTextStay() {
        String s = "ปีงบประมาณ\tการดำเนินการ\nพ.ศ. 2549 |";
        assertEquals(s, InvisibleChars.clean(s));
    }
}
