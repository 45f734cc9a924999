package org.klangru.taxonomy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every form of an explicit category mention, and every trap that looks like one. Columns: passage (\u00a0 and \t
 * escapes allowed), document title (may be empty), expected categories (space separated, empty for none).
 */
class ExplicitMentionsTest {
    // the rules alone: the learned model has tests of its own (CategoryModelTest, TrapsTest)
    private static final PassageClassifier CLASSIFIER = PassageClassifier.rulesOnly(Taxonomy.loadDefault());

    static List<Integer> categories(String text, String title) {
        Classification c = CLASSIFIER.classify(new PassageContext(unescape(text), List.of(), title));
        for (CategoryLabel l : c.categories()) {
            assertFalse(l.why().isBlank(), "every label says why");
            assertTrue(l.confidence() > 0 && l.confidence() <= 1, "confidence in (0, 1]");
        }
        return new TreeSet<>(c.categoryNumbers()).stream().toList();
    }

    static List<Integer> ints(String s) {
        return s == null || s.isBlank() ? List.of()
                : Arrays.stream(s.trim().split("\\s+")).map(Integer::parseInt).sorted().toList();
    }

    static String unescape(String s) {
        return s == null ? "" : s.replace("\\u00a0", "\u00a0").replace("\\t", "\t").replace("\\n", "\n");
    }

    @ParameterizedTest(name = "{0} -> [{2}]")
    @CsvSource(delimiter = '|', nullValues = "", value = {
        // the number with the category's name
        "หมวด 4 การวัด การวิเคราะห์ และการจัดการความรู้                      |          | 4",
        "หมวดที่ 4 การวัด การวิเคราะห์ และการจัดการความรู้                   |          | 4",
        "หมวด ๔ การวัด การวิเคราะห์ และการจัดการความรู้                      |          | 4",
        "หมวด\\u00a04 การวัด การวิเคราะห์ และการจัดการความรู้                |          | 4",
        "หมวด4 การวัด การวิเคราะห์ และการจัดการความรู้                       |          | 4",
        "หมวดที่ ๓  การให้ความสำคัญกับผู้รับบริการและผู้มีส่วนได้ส่วนเสีย    |          | 3",
        "หมวด 3 การให้ความสำคัญของผู้รับบริการและผู้มีส่วนได้ส่วนเสีย        |          | 3",
        "หมวด 5 การมุ่งเน้นทรัพยากรบุคคล                                     |          | 5",
        "หมวด 6 การจัดการกระบวนการ                                           |          | 6",
        "หมวด 6 การมุ่งเน้นระบบปฏิบัติการ : มีการบริหารจัดการกระบวนการ       |          | 6",
        "หมวด 7 ผลลัพธ์การดำเนินการ                                          |          | 7",
        "หมวด 4.3 การจัดการความรู้                                           |          | 4",
        // award names, with and without the number
        "รางวัลรายหมวด หมวด 4 ด้านการวิเคราะห์ผลการดำเนินงานขององค์การและการจัดการความรู้ |  | 4",
        "รางวัลคุณภาพการบริหารจัดการภาครัฐ หมวด 2  ด้านการวางแผนยุทธศาสตร์และการสื่อสาร เพื่อนำไปสู่การปฏิบัติ | | 2",
        "ได้รับรางวัล ด้านการนำองค์การและความรับผิดชอบต่อสังคม               |          | 1",
        "หมวด 6 ด้านกระบวนการคุณภาพและนวัตกรรม                               |          | 6",
        // names without the number, in PMQA context
        "การมุ่งเน้นระบบปฏิบัติการของกรมเป็นไปตามแนวทาง                      | รายงานผลการดำเนินการ PMQA | 6",
        "การวางแผนเชิงยุทธศาสตร์ : มีกระบวนการวางแผนที่มีประสิทธิภาพ         | เกณฑ์ PMQA 4.0 | 2",
        // ranges and lists: all of them
        "ดำเนินการครอบคลุมหมวด 1-6 ตามเกณฑ์ PMQA                              |          | 1 2 3 4 5 6",
        "ดำเนินการครอบคลุมหมวด 1 - 6 ตามเกณฑ์ PMQA                            |          | 1 2 3 4 5 6",
        "แผนพัฒนาองค์การรายหมวด หมวดที่ 1 – 7 ตามเกณฑ์คุณภาพการบริหารจัดการภาครัฐ |      | 1 2 3 4 5 6 7",
        "หมวด ๑ - ๖ ตามเกณฑ์ PMQA                                             |          | 1 2 3 4 5 6",
        "หมวด 1 ถึง 7 ของเกณฑ์ PMQA                                           |          | 1 2 3 4 5 6 7",
        "หมวด 3 และ 5 ของเกณฑ์ PMQA                                           |          | 3 5",
        "หมวด 1, 2 และหมวด 4 ตามเกณฑ์ PMQA                                    |          | 1 2 4",
        "ดำเนินการหมวดบังคับ หมวด 2 การวางแผนเชิงยุทธศาสตร์ และหมวดสมัครใจ หมวด 5 การมุ่งเน้นทรัพยากรบุคคล | | 2 5",
        // a bare number needs PMQA context
        "ผลการดำเนินงานหมวด 3                                                 | รายงานผล PMQA ปี 2566 | 3",
        "ผลการดำเนินงานหมวด 3                                                 |          | ",
        // a passage that opens with its category only refers to the others
        "หมวด 7 ผลลัพธ์การดำเนินการ : กำหนดตัววัดที่สำคัญซึ่งสอดคล้องกับการปฏิบัติการในหมวด 1 - 6 สะท้อนความสามารถ | | 7",
        // a criteria item's number with words of its category: the item's text, whatever it refers to later
        "๔.๒ การจัดการความรู้ สารสนเทศ และเทคโนโลยีสารสนเทศ กรมแต่งตั้งรองอธิบดีเป็น CKO โดยบ่งชี้องค์ความรู้จากกระบวนการที่กำหนดไว้ในหมวด ๖ | รายงานผลการดำเนินการพัฒนาองค์การ (Application Report) | 4",
        "๔.๑ การวัด การวิเคราะห์ และการปรับปรุงผลการดำเนินการ ก. แนวทางการเลือกและใช้ตัววัด กรมกำหนดตัววัดผลการดำเนินการ ๓ ระดับ | รายงานผลการดำเนินการพัฒนาองค์การ (Application Report) | 4",
        // ... but not a numbered list whose words are not about that category, nor outside PMQA
        "4.1 ผู้บริหาร พิจารณาอนุมัติและให้ความเห็นชอบการดำเนินงาน         | มาตรฐานการปฏิบัติงาน PMQA | ",
        "4.2 การจัดการความรู้ของชุมชนในการปลูกข้าว                          | ข่าวเกษตร | ",
        // the Constitution, other laws, other frameworks, other meanings of หมวด
        "รัฐธรรมนูญแห่งราชอาณาจักรไทย หมวด 5 หน้าที่ของรัฐ                    |          | ",
        "ยังมิได้ปฏิบัติให้ถูกต้องครบถ้วนตามหมวด 5 หน้าที่ของรัฐ ของรัฐธรรมนูญแห่งราชอาณาจักรไทย |  | ",
        "หมวด 5 หน้าที่ของรัฐ                                                 | รัฐธรรมนูญแห่งราชอาณาจักรไทย พ.ศ. 2560 | ",
        "หมวด 3                                                               | รัฐธรรมนูญแห่งราชอาณาจักรไทย | ",
        "ร่างกฎกระทรวงกำหนดตำแหน่งพนักงานอื่นเพื่อช่วยเหลือผู้อำนวยการสถานพินิจหรือผู้ดูแลสถานที่ที่กำหนดในหมวด 4 พ.ศ. .... และรับความเห็นของสำนักงาน ก.พ.ร. | | ",
        "ตามพระราชบัญญัติ หมวด 3 ในเอกสารรายงาน PMQA                          |          | ",
        "กฎเกณฑ์การกำกับดูแลไว้ในหมวด 1/2 ของพระราชบัญญัติการเดินอากาศ       |          | ",
        "เพิ่มเติมหมวด 7/1 พัสดุส่งเสริมการผลิตภายในประเทศ                   | PMQA     | ",
        "รถโดยสารประจำทางหมวด 1 จำนวน 8 เส้นทาง รถหมวด 2 จำนวน 6 เส้นทาง      |          | ",
        "ธนาคารสามารถจำหน่ายได้เกือบหมดหมวดที่ 2 แล้ว                         |          | ",
        "หมวดที่ 2 มาตรการป้องกันการทุจริต                                    |          | ",
        "หมวดที่ 6 ผลลัพธ์ของการบริหารจัดการที่ดีสู่องค์กรประกอบการดี        | เกณฑ์ PMQA | ",
        "ในหมวดที่ 12 ค่าบริการวิชาชีพ                                        | PMQA     | ",
        "ASQ จะต้องผ่านมาตรฐาน 6 หมวด ได้แก่ หมวด 1 โครงสร้างอาคาร หมวด 2 บุคลากร ซึ่งต้องได้รับการอบรม หมวด 3 วัสดุ | | ",
        "ประกอบด้วย 7 หมวด ได้แก่                                             | PMQA     | ",
        "นำส่งสำนักงาน ก.พ.ร. ภายในวันที่ 4 และชั้น 5                          |          | ",
    })
    void explicitMentions(String text, String title, String expected) {
        assertEquals(ints(expected), categories(text, title), text);
    }
}
