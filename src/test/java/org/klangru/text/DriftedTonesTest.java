package org.klangru.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Tone marks a PDF put after the next consonant go back onto their vowel only where the dictionary agrees. */
class DriftedTonesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        // after mai han akat, always: as pmqa-award-report-excerpt-2567.pdf gives "แต่งตั้ง"
        "กรมแต่งต\u0E31\u0E07\u0E49 | กรมแต่งตั้ง",
        "ต\u0E31\u0E27\u0E4Bรถ | ตั๋วรถ",
        "กันน้ำ สั่งการ ตั้งแต่ | กันน้ำ สั่งการ ตั้งแต่",
        // as the sample award report and study-visit PDFs give them
        "จำนวนเพิ่มขึน้ทุกปี | จำนวนเพิ่มขึ้นทุกปี",
        "บุคลากรทั้งสิน้ ๔๑๒ คน | บุคลากรทั้งสิ้น ๔๑๒ คน",
        "โดยบ่งชีอ้งค์ความรู้จากกระบวนการ | โดยบ่งชี้องค์ความรู้จากกระบวนการ",
        "บันทึกไว้ในพจนานุกรมตัวชีวั้ดของกรม | บันทึกไว้ในพจนานุกรมตัวชี้วัดของกรม",
        // the tone belongs to the next syllable: left alone
        "ผู้มีส่วนได้ส่วนเสีย | ผู้มีส่วนได้ส่วนเสีย",
        "ในปีต่อไป | ในปีต่อไป",
        "มีน้ำใช้ตลอดปี | มีน้ำใช้ตลอดปี",
        "จัดให้มีห้องออกกำลังกาย | จัดให้มีห้องออกกำลังกาย",
        "๔๕ นาทีต่อเรื่อง | ๔๕ นาทีต่อเรื่อง",
        "ทุกวันที่สิบห้า | ทุกวันที่สิบห้า",
        "ตัวชี้วัดที่สำคัญ | ตัวชี้วัดที่สำคัญ",
    })
    void movedOnlyWhereTheDictionaryAgrees(String written, String expected) {
        assertEquals(expected, DriftedTones.fix(written.strip()));
        assertEquals(expected, ThaiTextRepair.repair(written.strip()));
    }
}
