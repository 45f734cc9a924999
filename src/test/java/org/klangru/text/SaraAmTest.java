package org.klangru.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SaraAmTest {

    @Test
    void nikhahitAndSaraAaCompose() {
        // อ U+0E4D U+0E32 นาจ
        assertEquals("อำนาจ", SaraAm.fix("\u0E2D\u0E4D\u0E32\u0E19\u0E32\u0E08"));
        // ค U+0E48 U+0E4D U+0E32: the tone stays before the composed sara am
        assertEquals("\u0E04\u0E48\u0E33", SaraAm.fix("\u0E04\u0E48\u0E4D\u0E32"));
    }

    @Test
    void lostNikhahitInTheRoyalGazette() {
        // royal-gazette-140A022N0000000000100.pdf: consonant, U+0020, U+0E32
        assertEquals("อำนาจ", SaraAm.fix("\u0E2D\u0020\u0E32\u0E19\u0E32\u0E08"));
        assertEquals("ประจำปี", SaraAm.fix("\u0E1B\u0E23\u0E30\u0E08\u0020\u0E32\u0E1B\u0E35"));
        assertEquals("ประกาศกำหนด", SaraAm.fix("ประกาศ\u0E01\u0020\u0E32\u0E2B\u0E19\u0E14"));
        assertEquals("ดำเนินไป", SaraAm.fix("\u0E14\u0020\u0E32\u0E40\u0E19\u0E34\u0E19ไป"));
        assertEquals("ได้นำความ", SaraAm.fix("ได้\u0E19\u0020\u0E32\u0E04\u0E27\u0E32\u0E21"));
        assertEquals("สำนักงาน", SaraAm.fix("ส านักงาน"));
    }

    @Test
    void lostNikhahitAfterATone() {
        // ThaiGov news: ขอเน้นย U+0E49 U+0020 U+0E32 เรื่อง
        assertEquals("ขอเน้นย้ำเรื่อง", SaraAm.fix("ขอเน้นย\u0E49\u0020\u0E32เรื่อง"));
    }

    @Test
    void aStraySpaceBeforeSaraAaIsNotALostNikhahit() {
        // ThaiGov news: the dictionary reads การ, ร่าง and ว่า, not กำร, ร่ำง and ว่ำ
        assertEquals("นิทรรศการความรู้", SaraAm.fix("นิทรรศก ารความรู้"));
        assertEquals("ร่างกฎกระทรวง", SaraAm.fix("ร\u0E48 \u0E32งกฎกระทรวง"));
        assertEquals("รายงานต่อนายกฯว่า ได้", SaraAm.fix("รายงานต่อนายกฯว\u0E48 \u0E32 ได้"));
    }

    @Test
    void leavesOtherGapsBeforeSaraAaAlone() {
        // letter-spaced text, a leading vowel (เ-าะ), no consonant before the gap
        for (String s : new String[] {"ว า ง ท่ อ", "เก าะ", "เก า", "1 า", "ก.  า"}) {
            assertEquals(s, SaraAm.fix(s), s);
        }
    }
}
