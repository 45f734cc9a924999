package org.klangru.ingest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Paragraphs of Tesseract text from the shape of its lines, not its blank lines. */
class OcrParagraphsTest {
    static final String FULL_1 = "สำนักงาน ก.พ.ร. ได้จัดอบรมเชิงปฏิบัติการในหัวข้อแนวทางการจัดทำรายงานผลการดำเนินการพัฒนา";
    static final String FULL_2 = "องค์การ (Application Report) ผ่านระบบอิเล็กทรอนิกส์ สำหรับหน่วยงานที่ผ่านการพิจารณาในขั้นตอนที่";
    static final String FULL_3 = "1 รางวัลคุณภาพการบริหารจัดการภาครัฐ 4.0 ในวันที่ 20-21 กุมภาพันธ์ 2566 และรางวัลคุณภาพการ";
    static final String END = "ละเอียด ดังนี้";
    static final String HEADING = "รางวัลคุณภาพการบริหารจัดการภาครัฐ 4.0 วันที่ 20-21 กุมภาพันธ์ 2566";

    @Test
    void aShortLineEndsAParagraphAndBlankLinesDoNot() {
        String raw = "=@.%=\nawa\n\n" + FULL_1 + "\n\n" + FULL_2 + "\n" + FULL_3 + "\n\n" + END + "\n\n" + HEADING + "\n\n"
                + FULL_1 + "\n" + FULL_2 + "\n\f";
        assertEquals(List.of(FULL_1 + "\n" + FULL_2 + "\n" + FULL_3 + "\n" + END, HEADING, FULL_1 + "\n" + FULL_2),
                OcrParagraphs.split(raw));
    }

    @Test
    void thaiMarksTakeNoRoomOnTheLine() {
        assertEquals(1, OcrParagraphs.width("ที่"));
        assertEquals(4, OcrParagraphs.width("น้ำใจ"));
    }

    @Test
    void nothingReadableIsNoParagraph() {
        assertEquals(List.of(), OcrParagraphs.split(" \n\n|\n- 12 -\n\f"));
    }

    @Test
    void aShortThaiLineIsKept() {
        assertEquals(List.of("สรุป"), OcrParagraphs.split("สรุป"));
    }
}
