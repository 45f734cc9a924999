package org.klangru.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarkOrderTest {

    @Test
    void toneMarkAfterTheVowelItSitsOn() {
        // seed000.pdf text layer: เ ม U+0E48 U+0E37 อ
        assertEquals("เมื่อ", MarkOrder.fix("\u0E40\u0E21\u0E48\u0E37\u0E2D"));
        // ท U+0E48 U+0E35, พ U+0E49 U+0E37 น, ช U+0E49 U+0E35, เ ก U+0E48 U+0E35 ย ว, ย U+0E48 U+0E34 ง
        assertEquals("ที่", MarkOrder.fix("\u0E17\u0E48\u0E35"));
        assertEquals("พื้น", MarkOrder.fix("\u0E1E\u0E49\u0E37\u0E19"));
        assertEquals("ตัวชี้วัด", MarkOrder.fix("ตัว\u0E0A\u0E49\u0E35วัด"));
        assertEquals("เกี่ยวกับ", MarkOrder.fix("\u0E40\u0E01\u0E48\u0E35\u0E22\u0E27กับ"));
        assertEquals("ยิ่ง", MarkOrder.fix("\u0E22\u0E48\u0E34\u0E07"));
    }

    @Test
    void belowVowelBeforeThanthakhat() {
        // ThaiGov news: พันธ U+0E4C U+0E38 for พันธุ์
        assertEquals("พันธุ์", MarkOrder.fix("\u0E1E\u0E31\u0E19\u0E18\u0E4C\u0E38"));
    }

    @Test
    void nikhahitGoesAfterTheTone() {
        // a decomposed ค่ำ as a shaper emits it: ค U+0E4D U+0E48 า
        assertEquals("\u0E04\u0E48\u0E4D\u0E32", MarkOrder.fix("\u0E04\u0E4D\u0E48\u0E32"));
    }

    @Test
    void doubledMarksCollapse() {
        // ThaiGov news: ที U+0E48 U+0E48, ผ U+0E39 U+0E39 U+0E49, ค U+0E38 U+0E38 รุ
        assertEquals("ที่ปรึกษา", MarkOrder.fix("ที\u0E48\u0E48ปรึกษา"));
        assertEquals("ผู้ตรวจ", MarkOrder.fix("ผ\u0E39\u0E39\u0E49ตรวจ"));
        assertEquals("คุรุ", MarkOrder.fix("ค\u0E38\u0E38รุ"));
    }

    @Test
    void twoSaraEBecomeSaraAe() {
        assertEquals("และแก้ไข", MarkOrder.fix("\u0E40\u0E40ละ\u0E40\u0E40ก้ไข"));
    }

    @Test
    void correctTextIsUntouched() {
        String s = "เมื่อวันที่ 31 มีนาคม 2554 สำนักงาน ก.พ.ร. ได้ต้อนรับคณะศึกษาดูงาน ค่ำ น้ำ กุ้ง ศักดิ์สิทธิ์";
        assertEquals(s, MarkOrder.fix(s));
    }
}
