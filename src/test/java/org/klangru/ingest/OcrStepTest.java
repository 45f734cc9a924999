package org.klangru.ingest;

import org.junit.jupiter.api.Test;
import org.klangru.ingest.ocr.OcrEngine;
import org.klangru.passage.Block;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.*;

/** How OCR text becomes blocks and takes the place of a page's text layer (no Tesseract needed). */
class OcrStepTest {

    @Test
    void tesseractBlocksBecomeRepairedParagraphsOfTheirPage() {
        // Tesseract's shape: sara am as nikhahit + sara aa, a line that ends inside a word (repair joins it), a line
        // that ends between words (a space), blank lines inside a paragraph, a short last line, a form feed
        String raw = "สํานักงาน ก.พ.ร. ได้จัดอบรมเชิงปฏิบัติการในหัวข้อแนวทางการจัดทํารายงานผลการดําเนินการพัฒ\nนาองค์การ"
                + " (Application Report) ผ่านระบบอิเล็กทรอนิกส์ สําหรับหน่วยงาน\n\nซึ่งสามารถสรุปรายละเอียด ดังนี้\n\n"
                + "รางวัลคุณภาพการบริหารจัดการภาครัฐ 4.0\n\f";
        List<Block> blocks = OcrStep.ocrBlocks(raw, 3);
        assertEquals(2, blocks.size(), blocks.toString());
        assertEquals("สำนักงาน ก.พ.ร. ได้จัดอบรมเชิงปฏิบัติการในหัวข้อแนวทางการจัดทำรายงานผลการดำเนินการพัฒนาองค์การ"
                + " (Application Report) ผ่านระบบอิเล็กทรอนิกส์ สำหรับหน่วยงาน ซึ่งสามารถสรุปรายละเอียด ดังนี้",
                blocks.get(0).text());
        assertEquals("รางวัลคุณภาพการบริหารจัดการภาครัฐ 4.0", blocks.get(1).text());
        assertTrue(blocks.stream().allMatch(b -> b.page() == 3 && b.kind() == Block.Kind.PARAGRAPH));
    }

    @Test
    void blankOcrTextGivesNoBlocks() {
        assertTrue(OcrStep.ocrBlocks(" \n\n\f", 1).isEmpty());
    }

    @Test
    void ocrPagesReplaceTheirLayerInPageOrderAndOthersStay() {
        SortedMap<Integer, List<Block>> layer = new TreeMap<>();
        layer.put(1, List.of(block("หน้าแรกมีข้อความของตัวเอง", 1)));
        layer.put(2, List.of(block("ข้อความเสีย", 2)));
        SortedMap<Integer, String> ocr = new TreeMap<>(Map.of(2, "ข้อความจาก OCR หน้าสอง", 3, "หน้าสามเป็นภาพสแกน", 4, "  "));
        OcrStep.Result r = OcrStep.merge(layer, ocr);
        assertEquals(List.of("หน้าแรกมีข้อความของตัวเอง", "ข้อความจาก OCR หน้าสอง", "หน้าสามเป็นภาพสแกน"),
                r.blocks().stream().map(Block::text).toList());
        assertEquals(Set.of(2, 3), r.ocrPages(), "page 4 gave OCR nothing and is not marked");
    }

    @Test
    void aPageIsJudgedByItsRepairedText() {
        assertEquals(OcrEngine.Layer.NONE, OcrStep.layer(null));
        assertEquals(OcrEngine.Layer.NONE, OcrStep.layer(List.of(block("- 2 -", 2))));
        assertEquals(OcrEngine.Layer.USABLE, OcrStep.layer(List.of(block(
                "การจัดการความรู้ของหน่วยงานช่วยให้บุคลากรเรียนรู้จากประสบการณ์ของผู้อื่น", 1))));
        assertEquals(OcrEngine.Layer.BROKEN, OcrStep.layer(List.of(block("\uF701\uF702\uE123 ".repeat(30) + "หน้า", 1))));
    }

    @Test
    void withoutOcrAScanIsReportedAsNeedingIt() {
        OcrStep step = new OcrStep(OcrEngine.disabled());
        ExtractionException e = assertThrows(ExtractionException.class,
                () -> step.apply(java.nio.file.Path.of("scan.png"), "ab".repeat(32), "image/png", List.of(), 0));
        assertEquals(FailureReason.NEEDS_OCR, e.reason());
        assertFalse(step.worthRetrying(FailureReason.NEEDS_OCR), "nothing to gain while OCR is off");
    }

    private static Block block(String text, int page) {
        return new Block(Block.Kind.PARAGRAPH, text, 0, page);
    }
}
