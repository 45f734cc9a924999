package org.klangru.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OcrSpacingTest {

    /** Tesseract 5.3 on seed004.page1.png with -c preserve_interword_spaces=0 (what Tika's parser passes). */
    static final String SPACED = "ส ํ า น ั ก ง า น ก . ุ พ . ร . ได ้ จ ั ด อ บ ร ม เช ิ ง ป ฏิ บ ั ต ิ ก า ร";
    static final String SPACED_WITH_LATIN = "อ ง ค ์ ก า ร (Application Report) ผ่ า น ร ะ บ บ อ ิ เล ็ ก ท ร อ น ิ ก ส ์";

    @Test
    void aLetterSpacedThaiLineIsJoined() {
        assertEquals("สํานักงานก.ุพ.ร.ได้จัดอบรมเชิงปฏิบัติการ", OcrSpacing.join(SPACED));
        assertEquals("สำนักงานก.ุพ.ร.ได้จัดอบรมเชิงปฏิบัติการ", ThaiTextRepair.repair(OcrSpacing.join(SPACED)));
    }

    @Test
    void spacesBesideLatinStay() {
        assertEquals("องค์การ (Application Report) ผ่านระบบอิเล็กทรอนิกส์", OcrSpacing.join(SPACED_WITH_LATIN));
    }

    @Test
    void aNormalLineKeepsItsPhraseSpaces() {
        String normal = "สํานักงาน ก.พ.ร. ได้จัดอบรมเชิงปฏิบัติการ ซึ่งสามารถสรุปรายละเอียด ดังนี้ และ ส.1 สร้างความรู้";
        assertFalse(OcrSpacing.letterSpaced(normal));
        assertEquals(normal, OcrSpacing.join(normal));
    }

    @Test
    void linesAreJudgedOneByOne() {
        String normal = "รางวัลคุณภาพการบริหารจัดการภาครัฐ 4.0 วันที่ 20-21 กุมภาพันธ์ 2566";
        String text = normal + "\n\n" + SPACED + "\n";
        assertEquals(normal + "\n\nสํานักงานก.ุพ.ร.ได้จัดอบรมเชิงปฏิบัติการ\n", OcrSpacing.join(text));
        assertTrue(OcrSpacing.letterSpaced(SPACED));
    }

    @Test
    void aFewShortWordsAreNotALetterSpacedLine() {
        String list = "ก ข ค"; // three tokens: too few to judge
        assertEquals(list, OcrSpacing.join(list));
    }
}
