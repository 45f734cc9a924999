package org.klangru.taxonomy;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DocumentClassifierTest {
    private static final DocumentClassifier CLASSIFIER = new DocumentClassifier(Taxonomy.loadDefault());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "", value = {
        // seed file prefix | type | date | BE year | fiscal year | agency
        "000 | study-visit  | 2011-05-02 | 2554 | 2554 | สำนักงาน ก.พ.ร.",
        "001 | other        |            | 2553 | 2553 |",
        "002 | meeting-news | 2012-03-16 | 2555 | 2555 | สำนักงาน ก.พ.ร.",
        "003 | sop-manual   |            | 2564 |      | กลุ่มพัฒนาระบบบริหาร",
        "004 | meeting-news | 2023-02-20 | 2566 | 2566 | สำนักงาน ก.พ.ร.",
    })
    void describesTheSeeds(String prefix, String type, String date, Integer year, Integer fiscal, String agency) {
        Assumptions.assumeTrue(SeedPassages.available(), "shared data not found");
        Path file = SeedPassages.seedFiles().stream().filter(p -> p.getFileName().toString().startsWith(prefix))
                .findFirst().orElseThrow();
        String text = String.join("\n", SeedPassages.read(file));
        DocumentFacts f = CLASSIFIER.describe(SeedPassages.title(SeedPassages.read(file)), text, file.toString());
        assertEquals(new DocumentFacts(type, date == null ? null : LocalDate.parse(date), year, fiscal, agency), f);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', nullValues = "", value = {
        "km-plan      | แผนการจัดการความรู้ (KM Action Plan) ประจำปีงบประมาณ พ.ศ. 2566 กรมอนามัย | องค์ความรู้ที่จำเป็นต่อการปฏิบัติราชการ ชุมชนนักปฏิบัติ | docs/km.pdf | 2566 | กรมอนามัย",
        "award-report | รายงานผลการดำเนินการพัฒนาองค์การ (Application Report)                   | ลักษณะสำคัญขององค์การ โครงร่างองค์การ หมวด 1 ADLI            | ar.docx     |      |",
        "sop-manual   | คู่มือการปฏิบัติงาน งานสารบรรณ                                            | ขั้นตอนการปฏิบัติ ผังกระบวนการ เอกสารที่เกี่ยวข้อง            | sop.docx    |      |",
        "other        | ตารางเวรรักษาการณ์                                                       | วันจันทร์ นาย ก                                              | x.txt       |      |",
        "meeting-news | กรมการขนส่งทางบกจัดอบรมเชิงปฏิบัติการ                                     | อธิบดีกล่าวเปิดการอบรม มีวิทยากรจากสำนักงาน ก.พ.ร.          | news.html   |      | กรมการขนส่งทางบก",
    })
    void typesAndFacets(String type, String title, String body, String path, Integer fiscal, String agency) {
        DocumentFacts f = CLASSIFIER.describe(title, body, path);
        assertEquals(type, f.type(), f.toString());
        assertEquals(fiscal, f.fiscalYear(), f.toString());
        assertEquals(agency, f.agency(), f.toString());
    }

    @Test
    void datesComeFromBylinesOrTheLeadNotFromReferences() {
        assertEquals(LocalDate.of(2023, 1, 5), CLASSIFIER.describe("ข่าว", "เนื้อหา\nเผยแพร่เมื่อ ๕ ม.ค. ๒๕๖๖", null)
                .date());
        DocumentFacts ref = CLASSIFIER.describe("โครงการ", "คณะรัฐมนตรีได้มีมติเมื่อวันที่ 28 มิถุนายน 2548 ให้...", null);
        assertEquals(null, ref.date());
        assertEquals(2548, ref.buddhistYear() == null ? 2548 : ref.buddhistYear()); // a year may remain
        DocumentFacts lead = CLASSIFIER.describe("ข่าว", "เมื่อวันที่ 1 ตุลาคม 2565 กรมได้จัดประชุม", null);
        assertEquals(LocalDate.of(2022, 10, 1), lead.date());
        assertEquals(2566, lead.fiscalYear());
        assertEquals(2565, lead.buddhistYear());
    }
}
