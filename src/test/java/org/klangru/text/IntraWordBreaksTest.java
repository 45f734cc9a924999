package org.klangru.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IntraWordBreaksTest {

    @Test
    void spaceAfterMaiHanAkatInsideAWord() {
        // royal-gazette pdf: ต U+0E31 U+0E49 U+0020 ง แ ต U+0E48
        assertEquals("ปฏิบัติหน้าที่ตั้งแต่", IntraWordBreaks.fix("ปฏิบัติหน้าที่\u0E15\u0E31\u0E49\u0020\u0E07\u0E41\u0E15\u0E48"));
        // ThaiGov news: ตอนวั งทอง
        assertEquals("ทล.12 ตอนวังทอง", IntraWordBreaks.fix("ทล.12 ตอนวั งทอง"));
    }

    @Test
    void spaceAfterALeadingVowelOrBeforeAMarkOrFollowingVowel() {
        // ThaiGov news: "ใ ห้กลุ่ม", "ดีใจเ พราะ", "ด้ า น"
        assertEquals("80 ล้านบาท ให้กลุ่ม", IntraWordBreaks.fix("80 ล้านบาท ใ ห้กลุ่ม"));
        assertEquals("นายกฯ ดีใจเพราะ", IntraWordBreaks.fix("นายกฯ ดีใจเ พราะ"));
        assertEquals("ด้าน", IntraWordBreaks.fix("ด้ าน"));
        assertEquals("พิมพ\u0E4C", IntraWordBreaks.fix("พิมพ \u0E4C"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ข้อสงสั ผมขอให้", // ThaiGov news: a dropped ย, not a split word
        "สำนักงาน ก.พ.ร. ต้อนรับคณะทำงาน PMQA",
        "ของส่วนราชการต่าง ๆ ในจังหวัด",
        "ให้ไว้  ณ  วันที่",
        "พ.ศ. 2549 | ดำเนินการ",
    })
    void phraseSpacesStay(String s) {
        assertEquals(s, IntraWordBreaks.fix(s));
    }

    @Test
    void lineBreakThatCutsAWordGoes() {
        // ThaiGov news, text copied from PDFs
        assertEquals("ไทยกับประเทศคู่สัญญา", IntraWordBreaks.fix("ไทยกับประเท\nศคู่สัญญา"));
        assertEquals("ความร่วมมือในการแก้ปัญหา", IntraWordBreaks.fix("ความร่วมมือในก\nารแก้ปัญหา"));
        assertEquals("ในโอกาสพระราชพิธีมหามงคล", IntraWordBreaks.fix("ในโอกาสพระรา\nชพิธีมหามงคล"));
        assertEquals("ทั้งรัฐและเอกชน", IntraWordBreaks.fix("ทั้งรัฐและเ\nอกชน"));
        // leading spaces of the next line go with the break
        assertEquals("ประสิทธิภาพสูง", IntraWordBreaks.fix("ประสิท  \n  ธิภาพสูง"));
    }

    @Test
    void aMarkCannotStartALine() {
        assertEquals("ตั้งแต่", IntraWordBreaks.fix("ตั\n้งแต่"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "รองรับการเป็นระบบราชการ 4.0 และผู้บริหารเป็นผู้นำในการพัฒนา\nรศ. รัชต์วรรณ", // seed004: paragraph end
        "ศึกษาดูงานได้ทราบถึงข้อมูลพื้น\n ฐานของสำนักงาน", // seed000: wrapped between two ICU words
        "กว่า 4.25 ล้านบาท\nนายณัฐพล", // ThaiGov: บาท|นาย must not become บา|ทนาย
        "ต่อเกษตรกร 45,000 ราย\nการขับเคลื่อนโครงการ", // ราย|การ are two words, both whole
        "นายอนุชา เปิดเผยว่า\nที่ประชุม", // ว่า|ที่
        "ผู้นำเข้าวัคซีนซิโนแวค\nวันนี้", // a name ICU does not know must not be cut into แว|ควัน
        "นับตั้งแต่ปีงบประมาณ\nพ.ศ. 2549", // an abbreviation starts the line
        "ทั้งรัฐและเ\n\nอกชน", // a blank line is never removed
    })
    void realLineBreaksStay(String s) {
        assertEquals(s, IntraWordBreaks.fix(s));
    }

    @Test
    void theDecisionRule() {
        var words = ThaiDictionary.wordIterator();
        assertEquals(true, IntraWordBreaks.splitsWord(words, "ตั้", "งแต่"));
        assertEquals(false, IntraWordBreaks.splitsWord(words, "ในการพัฒนา", "รศ"));
        assertEquals(false, IntraWordBreaks.splitsWord(words, "ข้อมูลพื้น", "ฐาน"));
        assertEquals(false, IntraWordBreaks.splitsWord(words, "", "ฐาน"));
    }
}
