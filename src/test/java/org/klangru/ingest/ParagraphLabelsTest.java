package org.klangru.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.klangru.index.PassageRecord;
import org.klangru.passage.Block;
import org.klangru.passage.PassageSplitter;
import org.klangru.taxonomy.Taxonomy;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A long paragraph is cut into overlapping passages, but LABELLING.md labels the paragraph: the paragraph is read
 * whole, each of its passages carries what the paragraph covers and says when a category comes from that reading.
 */
class ParagraphLabelsTest {
    private static final String KM = "กรมจัดทำแผนการจัดการความรู้ประจำปี รวบรวมองค์ความรู้ด้านกฎหมายและคำวินิจฉัยที่สำคัญ "
            + "จัดตั้งชุมชนนักปฏิบัติเพื่อแลกเปลี่ยนความรู้ระหว่างสำนัก ถอดบทเรียนจากคดีที่ยุติแล้ว และจัดเก็บไว้ในคลังความรู้ออนไลน์"
            + "ที่ค้นหาได้ด้วยคำสำคัญ มีการจัดหมวดหมู่ความรู้ตามประเด็นกฎหมาย และเผยแพร่ความรู้ผ่านจดหมายข่าวและเว็บไซต์ของกรม "
            + "พร้อมจัดงานมหกรรมการจัดการความรู้ (KM Day) ปีละครั้งเพื่อนำเสนอแนวปฏิบัติที่ดี";
    private static final String HR = "ส่วนกองการเจ้าหน้าที่จัดฝึกอบรมหลักสูตรพัฒนาสมรรถนะข้าราชการบรรจุใหม่ "
            + "มีระบบพี่เลี้ยงสอนงานและการหมุนเวียนงานให้บุคลากร จัดทำแผนพัฒนาบุคลากรรายบุคคล ประเมินสมรรถนะประจำปี "
            + "และสำรวจความผาสุกและความผูกพันของบุคลากรทุกปี เพื่อนำผลมาปรับปรุงสวัสดิการ ค่าตอบแทน และบรรยากาศการทำงาน "
            + "รวมทั้งวางแผนสืบทอดตำแหน่งสำหรับตำแหน่งสำคัญที่จะเกษียณอายุราชการในอีกห้าปีข้างหน้า";

    private final PassageLabeler labeler = new PassageLabeler(Taxonomy.loadDefault());

    /** A title naming a management practice: the document is about the agency's own management. */
    private static final String KM_REPORT = "รายงานผลการดำเนินงานตามแผนการจัดการความรู้ ประจำปี 2567";

    private List<PassageRecord> label(String title, String text) {
        return labeler.label("doc", title, new PassageSplitter().split(List.of(Block.paragraph(text))));
    }

    @Test
    void everyPassageOfALongParagraphCarriesWhatTheParagraphIsAbout() throws Exception {
        List<PassageRecord> pieces = label(KM_REPORT, KM + " " + HR);
        assertTrue(pieces.size() >= 2, "the paragraph is cut into several passages");
        for (PassageRecord p : pieces) {
            assertEquals(List.of(4, 5), p.categories(), p.text());
        }
        PassageRecord first = pieces.get(0);
        assertFalse(first.text().contains("ฝึกอบรม"), "the first passage holds none of the staff-training part");
        JsonNode five = null;
        for (JsonNode c : new ObjectMapper().readTree(first.why()).get("categories")) {
            if (c.get("category").asInt() == 5) {
                five = c;
            }
        }
        assertNotNull(five);
        assertTrue(five.get("why").asText().startsWith("อ่านทั้งย่อหน้า (the whole paragraph): "),
                five.get("why").asText());
        assertEquals(List.of(4), first.evidenceCategories(), "an evidence pack quotes the passage: its own evidence only");
    }

    @Test
    void twoParagraphsKeepTheirOwnLabels() {
        List<PassageRecord> passages = label(KM_REPORT, KM + "\n\n" + HR);
        assertEquals(2, passages.size());
        assertEquals(List.of(4), passages.get(0).categories());
        assertEquals(List.of(5), passages.get(1).categories());
    }

    @Test
    void inGeneralNewsTooThePassagesCarryTheirParagraphsCategories() {
        List<PassageRecord> pieces = label("ข่าวประชาสัมพันธ์ประจำวัน", KM + " " + HR);
        for (PassageRecord p : pieces) {
            assertEquals(List.of(4, 5), p.categories(), p.text());
        }
    }

    @Test
    void onAPdfPageEachPassageKeepsItsOwnLabels() {
        Block page = new Block(Block.Kind.PARAGRAPH, KM + " " + HR, 0, 1);
        List<PassageRecord> pieces = labeler.label("doc", KM_REPORT, new PassageSplitter().split(List.of(page)));
        assertFalse(pieces.get(0).categories().contains(5), pieces.get(0).categories().toString());
    }
}
