package org.klangru.ingest;

import org.junit.jupiter.api.Test;
import org.klangru.passage.Block;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class HeadLinesTest {
    private static String cleaned(String text) {
        List<Block> out = HeadLines.clean(List.of(Block.paragraph(text)));
        assertEquals(1, out.size(), out.toString());
        return out.get(0).text();
    }

    @Test
    void aBreadcrumbBeforeTheTitleGoesWhenALaterLineIsTheTitle() {
        String text = """
                รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-บอร์ดไซเบอร์ชี้ หน่วยงานด้านการศึกษา-สาธารณสุขเสี่ยงถูกคุกคามสุด\s


                วันอังคารที่ 21 มีนาคม 2566
                พิมพ์
                บอร์ดไซเบอร์ชี้ หน่วยงานด้านการศึกษา-สาธารณสุขเสี่ยงถูกคุกคามสุด
                นางสาวรัชดา ธนาดิเรก รองโฆษกประจำสำนักนายกรัฐมนตรี เปิดเผยหลังการประชุมคณะรัฐมนตรี
                """;
        // the first line now equals the later one, which goes as a repeat
        assertEquals("""
                บอร์ดไซเบอร์ชี้ หน่วยงานด้านการศึกษา-สาธารณสุขเสี่ยงถูกคุกคามสุด


                วันอังคารที่ 21 มีนาคม 2566
                พิมพ์
                นางสาวรัชดา ธนาดิเรก รองโฆษกประจำสำนักนายกรัฐมนตรี เปิดเผยหลังการประชุมคณะรัฐมนตรี
                """, cleaned(text));
    }

    @Test
    void aSiteNameAfterTheTitleGoesToo() {
        String text = """
                ประกาศรับสมัครงานตำแหน่งนักวิชาการคอมพิวเตอร์ | กรมการปกครอง
                ประกาศรับสมัครงานตำแหน่งนักวิชาการคอมพิวเตอร์
                ผู้สนใจสมัครได้ตั้งแต่วันนี้ถึงสิ้นเดือน
                """;
        assertEquals("""
                ประกาศรับสมัครงานตำแหน่งนักวิชาการคอมพิวเตอร์
                ผู้สนใจสมัครได้ตั้งแต่วันนี้ถึงสิ้นเดือน
                """, cleaned(text));
    }

    @Test
    void nothingIsStrippedWithoutALaterLineToCorroborateIt() {
        String text = """
                ไทย-จีน-ญี่ปุ่น ร่วมมือ

                สามประเทศลงนามความร่วมมือด้านการค้าและการลงทุน
                """;
        assertEquals(text, cleaned(text));
        String crumb = """
                หน้าแรก » ข่าวประชาสัมพันธ์ » การประชุมคณะทำงานจัดการความรู้ครั้งที่ 2
                การประชุมคณะทำงานจัดการความรู้ครั้งที่ 1 จัดขึ้นเมื่อเดือนมกราคม
                """;
        assertEquals(crumb, cleaned(crumb));
    }

    @Test
    void aHyphenatedTitleWhoseTailIsALaterLineStaysWhole() {
        // "สาธารณสุข..." is a later line, but what precedes it in the title ends with a word, not a separator
        String text = """
                ความร่วมมือไทย-ญี่ปุ่น ด้านการศึกษา สาธารณสุขและพลังงานสะอาด
                สาธารณสุขและพลังงานสะอาด
                ทั้งสองประเทศจะร่วมกันพัฒนาบุคลากร
                """;
        assertEquals(text, cleaned(text));
    }

    @Test
    void theLongestCorroboratingLineIsTheTitle() {
        String text = """
                รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-Govt expects to generate 31.33 billion Baht in trade and investment value with UAE
                Govt expects to generate 31.33 billion Baht in trade and investment value with UAE
                investment value with UAE
                """;
        assertEquals("""
                Govt expects to generate 31.33 billion Baht in trade and investment value with UAE
                investment value with UAE
                """, cleaned(text));
    }

    @Test
    void repeatedHeadLinesAreDroppedWithSpacesNormalised() {
        String text = """
                คู่มือการปฏิบัติงานรับเรื่องร้องเรียน
                ฉบับปรับปรุง  ปี 2567
                ฉบับปรับปรุง ปี 2567\s
                คู่มือการปฏิบัติงานรับเรื่องร้องเรียน
                เนื้อหาของคู่มือเริ่มที่นี่
                """;
        assertEquals("""
                คู่มือการปฏิบัติงานรับเรื่องร้องเรียน
                ฉบับปรับปรุง  ปี 2567
                เนื้อหาของคู่มือเริ่มที่นี่
                """, cleaned(text));
    }

    @Test
    void aHeadLineRepeatedFurtherOnIsContent() {
        // a decree names the king under its title and again as the subject of its opening formula
        String text = """
                พระราชกฤษฎีกา ยุบสภาผู้แทนราษฎร
                พ.ศ. ๒๕๖๖
                พระบาทสมเด็จพระปรเมนทรรามาธิบดีศรีสินทรมหาวชิราลงกรณ พระวชิรเกล้าเจ้าอยู่หัว
                ให้ไว้ ณ วันที่ ๑๗ มีนาคม พ.ศ. ๒๕๖๖
                พระบาทสมเด็จพระปรเมนทรรามาธิบดีศรีสินทรมหาวชิราลงกรณ พระวชิรเกล้าเจ้าอยู่หัว
                มีพระบรมราชโองการโปรดเกล้าฯ ให้ประกาศว่า
                """;
        assertEquals(text, cleaned(text));
    }

    @Test
    void repeatsDeepInTheBodyAreKept() {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= HeadLines.HEAD_LINES + 2; i++) {
            lines.add("บรรทัดที่ " + i + " ของเนื้อหาเอกสาร");
        }
        lines.add("| รวม | 1,250 | 1,250 |");
        lines.add("| รวม | 1,250 | 1,250 |");
        lines.add("บรรทัดที่ 1 ของเนื้อหาเอกสาร");
        String text = String.join("\n", lines);
        assertEquals(text, cleaned(text));
    }

    @Test
    void shortRepeatsAreKept() {
        String text = """
                รายงานการประชุมคณะทำงาน
                พิมพ์
                พิมพ์
                1.
                1.
                สรุปผลการประชุม
                """;
        assertEquals(text, cleaned(text));
    }

    @Test
    void otherBlocksAreLinesAndRepeatedTableRowsStay() {
        List<Block> blocks = List.of(
                Block.heading("ข่าวประชาสัมพันธ์ - การประชุมคณะทำงานจัดการความรู้", 1),
                Block.heading("การประชุมคณะทำงานจัดการความรู้", 2),
                new Block(Block.Kind.TABLE_ROW, "รายการ | จำนวนผู้เข้าร่วม", 0, 0),
                new Block(Block.Kind.TABLE_ROW, "รายการ | จำนวนผู้เข้าร่วม", 0, 0),
                Block.paragraph("การประชุมคณะทำงานจัดการความรู้\nมีผู้เข้าร่วมประชุมทั้งสิ้น 25 คน"));
        List<Block> out = HeadLines.clean(blocks);
        assertEquals(List.of(
                Block.heading("การประชุมคณะทำงานจัดการความรู้", 1),
                new Block(Block.Kind.TABLE_ROW, "รายการ | จำนวนผู้เข้าร่วม", 0, 0),
                new Block(Block.Kind.TABLE_ROW, "รายการ | จำนวนผู้เข้าร่วม", 0, 0),
                Block.paragraph("มีผู้เข้าร่วมประชุมทั้งสิ้น 25 คน")), out);
    }
}
