package org.klangru.passage;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class PassageSplitterTest {
    private final PassageSplitter splitter = new PassageSplitter();

    private List<Passage> split(String text) {
        return splitter.split(List.of(Block.paragraph(text)));
    }

    @Test
    void numberedHeadingsOpenContextAndListItemsStaySeparate() {
        List<Passage> ps = split("""
                คู่มือการปฏิบัติงาน

                4. ขั้นตอนการดำเนินการ ประกอบด้วย 3 ขั้นตอน ดังนี้

                4.1 ก่อนดำเนินการ

                - 1) ศึกษาคู่มือคำอธิบายตัวชี้วัดการพัฒนาคุณภาพการบริหารจัดการภาครัฐ
                - 2) ศึกษาแนวทางการขับเคลื่อนฉบับผู้รับผิดชอบส่วนราชการในจังหวัด
                """);
        assertEquals(2, ps.size(), ps.toString());
        assertEquals("- 1) ศึกษาคู่มือคำอธิบายตัวชี้วัดการพัฒนาคุณภาพการบริหารจัดการภาครัฐ", ps.get(0).text());
        assertEquals(List.of("คู่มือการปฏิบัติงาน", "4. ขั้นตอนการดำเนินการ ประกอบด้วย 3 ขั้นตอน ดังนี้", "4.1 ก่อนดำเนินการ"),
                ps.get(0).headings());
    }

    @Test
    void aNumberedListIsNotMistakenForHeadings() {
        List<Passage> ps = split("""
                หมวด 1 การนำองค์การ
                1. ส.1 สร้างความรู้ความเข้าใจ
                2. ส.2 สร้างทีมงาน
                """);
        assertEquals(List.of("1. ส.1 สร้างความรู้ความเข้าใจ", "2. ส.2 สร้างทีมงาน"), ps.stream().map(Passage::text).toList());
        assertEquals(List.of("หมวด 1 การนำองค์การ"), ps.get(0).headings());
    }

    @Test
    void aHeadingLevelReplacesItsSiblingAndAnEmptyHeadingIsKeptAsContent() {
        List<Passage> ps = split("""
                หมวด 3 การให้ความสำคัญกับผู้รับบริการ
                หมวด 4 การวัด การวิเคราะห์ และการจัดการความรู้
                มีการจัดทำแผนการจัดการความรู้ประจำปีและติดตามผลทุกไตรมาสอย่างต่อเนื่อง
                """);
        assertEquals("หมวด 3 การให้ความสำคัญกับผู้รับบริการ", ps.get(0).text());
        assertEquals(List.of("หมวด 4 การวัด การวิเคราะห์ และการจัดการความรู้"), ps.get(1).headings());
    }

    @Test
    void aBareNumberJoinsTheLineAfterIt() {
        List<Passage> ps = split("4.\nควรให้ความสำคัญกับการพัฒนาบุคลากรให้มีทักษะและสมรรถนะสูง\n");
        assertEquals("4. ควรให้ความสำคัญกับการพัฒนาบุคลากรให้มีทักษะและสมรรถนะสูง", ps.get(0).text());
    }

    @Test
    void shortFragmentsAreJoinedWithTheNextLine() {
        List<Passage> ps = split("สำนักงาน ก.พ.ร. ต้อนรับคณะทำงาน\nจากจังหวัดเชียงราย\nเมื่อวันที่ 31 มีนาคม 2554 ได้ต้อนรับคณะศึกษาดูงาน\n");
        assertEquals(List.of("สำนักงาน ก.พ.ร. ต้อนรับคณะทำงาน จากจังหวัดเชียงราย",
                "เมื่อวันที่ 31 มีนาคม 2554 ได้ต้อนรับคณะศึกษาดูงาน"), ps.stream().map(Passage::text).toList());
    }

    @Test
    void longParagraphsAreCutAtSpacesNeverInsideAWord() {
        String sentence = "การพัฒนาคุณภาพการบริหารจัดการภาครัฐช่วยให้หน่วยงานปรับปรุงกระบวนการทำงานอย่างต่อเนื่อง";
        String paragraph = String.join(" ", java.util.Collections.nCopies(12, sentence));
        List<Passage> ps = split(paragraph);
        assertTrue(ps.size() > 1);
        for (Passage p : ps) {
            assertTrue(p.text().length() <= PassageSplitter.MAX_CHARS, p.text().length() + "");
            for (String piece : p.text().split(" ")) {
                assertEquals(sentence, piece);
            }
        }
    }

    @Test
    void thePiecesOfOneParagraphShareItsNumber() {
        String sentence = "การพัฒนาคุณภาพการบริหารจัดการภาครัฐช่วยให้หน่วยงานปรับปรุงกระบวนการทำงานอย่างต่อเนื่อง";
        String closing = "ย่อหน้าสุดท้ายของรายงานสรุปผลการดำเนินงานตลอดทั้งปีงบประมาณที่ผ่านมา";
        List<Passage> ps = split(String.join(" ", java.util.Collections.nCopies(12, sentence)) + "\n\n" + closing);
        assertTrue(ps.size() > 2);
        for (Passage p : ps.subList(0, ps.size() - 1)) {
            assertEquals(0, p.paragraph(), "a piece of the long paragraph: " + p.text());
        }
        Passage last = ps.get(ps.size() - 1);
        assertEquals(closing, last.text());
        assertEquals(last.ordinal(), last.paragraph());
    }

    @Test
    void aParagraphIsRejoinedFromItsOverlappingPieces() {
        StringBuilder spaced = new StringBuilder();
        StringBuilder unspaced = new StringBuilder();
        for (int i = 1; i <= 40; i++) { // numbered, so that no stretch repeats and each overlap has one place
            String step = "ขั้นตอนที่" + i + "การพัฒนาคุณภาพการบริหารจัดการภาครัฐช่วยให้หน่วยงานปรับปรุงกระบวนการทำงาน";
            spaced.append(i > 1 ? " " : "").append(step).append(" อย่างต่อเนื่อง");
            unspaced.append(step);
        }
        for (String paragraph : List.of(spaced.toString(), unspaced.toString())) {
            List<Passage> pieces = split(paragraph);
            assertTrue(pieces.size() > 5, "cut into pieces: " + pieces.size());
            assertEquals(paragraph, Passage.paragraphText(pieces));
        }
        assertEquals("ย่อหน้าเดียว", Passage.paragraphText(split("ย่อหน้าเดียว")));
    }

    @Test
    void onAPageEveryPieceIsItsOwnParagraph() {
        String sentence = "การพัฒนาคุณภาพการบริหารจัดการภาครัฐช่วยให้หน่วยงานปรับปรุงกระบวนการทำงานอย่างต่อเนื่อง";
        List<Passage> ps = splitter.split(List.of(new Block(Block.Kind.PARAGRAPH,
                String.join(" ", java.util.Collections.nCopies(12, sentence)), 0, 1)));
        assertTrue(ps.size() > 2);
        for (Passage p : ps) {
            assertEquals(p.ordinal(), p.paragraph(), "a PDF's text block is no authored paragraph: " + p.text());
        }
    }

    @Test
    void tableRowsAndStructuredHeadingsFromTheExtractor() {
        List<Passage> ps = splitter.split(List.of(
                Block.heading("ขั้นตอนการให้บริการ", 1),
                new Block(Block.Kind.TABLE_ROW, "1. | CS 1 A | ให้จำแนกกลุ่มผู้รับบริการ", 0, 2),
                new Block(Block.Kind.LIST_ITEM, "รับเรื่องร้องเรียน", 0, 2)));
        assertEquals(2, ps.size());
        assertEquals("1. | CS 1 A | ให้จำแนกกลุ่มผู้รับบริการ", ps.get(0).text());
        assertEquals(2, ps.get(0).page());
        assertEquals(List.of("ขั้นตอนการให้บริการ"), ps.get(1).headings());
    }

    /** Lines 53–61 of seed 002, a plain-text file wrapped at about 72 columns. */
    private static final String WRAPPED = """
            5.
            การบริหารจัดการอย่างมีประสิทธิภาพ โดยกำหนดให้มีคู่มือวิธีปฏิบัติงาน
            มีการประชาสัมพันธ์ / การสื่อสารทั่วทั้งองค์กร ทำการสำรวจความพึงพอใจ
            และเรื่องร้องเรียนเพื่อนำไปปรับปรุงการบริการ มีการตรวจติดตามภายใน
            รวมทั้งจัดทำรายงานและประเมินผลการดำเนินการอย่างต่อเนื่อง
            โดยมีปัจจัยแห่งความสำเร็จ ได้แก่ 1) การทำความเข้าใจภารกิจ /
            การสื่อสารภายในองค์กร 2) การสนับสนุนของผู้บริหาร 3) การวิเคราะห์ลูกค้า
            4) การจัดโครงสร้างงาน 5) การวางระบบควบคุม และ 6)
            การติดตามประเมินผลและขจัดความเสี่ยง
            """;

    @Test
    void hardWrappedLinesAreOnePassageAgain() {
        List<Passage> ps = split(WRAPPED);
        Passage answer = ps.stream().filter(p -> p.text().contains("ปัจจัยแห่งความสำเร็จ")).findFirst().orElseThrow();
        assertTrue(answer.text().startsWith("5. การบริหารจัดการอย่างมีประสิทธิภาพ"), answer.text());
        assertTrue(answer.text().contains("ต่อเนื่อง โดยมีปัจจัยแห่งความสำเร็จ ได้แก่ 1) การทำความเข้าใจภารกิจ / การสื่อสารภายในองค์กร 2)"),
                answer.text());
        // a line opening with a list marker starts its own unit, and the tail after it is joined to it
        assertEquals("4) การจัดโครงสร้างงาน 5) การวางระบบควบคุม และ 6) การติดตามประเมินผลและขจัดความเสี่ยง",
                ps.get(ps.size() - 1).text());
    }

    @Test
    void linesThatAreParagraphsOrAnEvenListAreNotRejoined() {
        String news = "วันนี้ (23 มีนาคม 2566) นายอนุชา บูรพชัยศรี รองเลขาธิการนายกรัฐมนตรี ฝ่ายการเมือง ปฏิบัติหน้าที่โฆษกประจำสำนักนายกรัฐมนตรี กล่าวว่า ผลการจัดอันดับรายงานความสุขโลกประจำปี 2566 ไทยขยับขึ้น";
        List<Passage> paragraphs = split(String.join("\n", news, news + " อีก", news + " และ", news + " ด้วย"));
        assertEquals(4, paragraphs.size());
        List<Passage> list = split("""
                หมวด 1 การนำองค์การ
                ส.1 สร้างความรู้ความเข้าใจของบุคลากรทุกระดับในองค์กร
                ส.2 สร้างความรู้สึกมีส่วนร่วมของบุคลากรในองค์กร
                ส.3 สร้างทีมงานเข้มแข็ง มีประสบการณ์ และร่วมกันพัฒนา
                ส.4 สร้างระบบการติดตามผลการดำเนินงานและจัดเก็บข้อมูล
                """);
        assertEquals(4, list.size(), list.toString());
    }
}
