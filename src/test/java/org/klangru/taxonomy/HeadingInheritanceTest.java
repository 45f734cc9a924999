package org.klangru.taxonomy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A passage under a heading that names a PMQA category inherits it (the innermost such heading wins); numbered
 * headings ("4. ขั้นตอน") and law chapters do not. Columns: headings (outermost first, separated by " > "),
 * title, passage, expected categories, expected codes.
 */
class HeadingInheritanceTest {
    // the rules alone: the learned model has tests of its own (CategoryModelTest, TrapsTest)
    private static final PassageClassifier CLASSIFIER = PassageClassifier.rulesOnly(Taxonomy.loadDefault());

    @ParameterizedTest(name = "{0} / {2} -> [{3}]")
    @CsvSource(delimiter = '|', nullValues = "", value = {
        "หมวด 4 การวัด การวิเคราะห์ และการจัดการความรู้          |             | 1. จัดทำแผนพัฒนาระบบงานประจำปี    | 4 |",
        "หมวด 4 การวัด การวิเคราะห์ และการจัดการความรู้ > 4.1 ขั้นตอนการดำเนินงาน | | ดำเนินการตามแผน       | 4 |",
        "หมวด ๔ การวัด การวิเคราะห์ และการจัดการความรู้          |             | สำนักงานได้ดำเนินการโดยเน้น 3 เรื่องหลัก | 4 |",
        "หมวดที่\\u00a05 การมุ่งเน้นบุคลากร                       |             | จัดกิจกรรมสันทนาการประจำปี        | 5 |",
        "หมวด 3 การให้ความสำคัญกับผู้รับบริการและผู้มีส่วนได้ส่วนเสีย > หมวด 5 การมุ่งเน้นบุคลากร | | จัดกิจกรรม | 5 |",
        "หมวด 3                                                  | รายงานผล PMQA ปี 2566 | จัดกิจกรรมประจำปี  | 3 |",
        "การนำองค์การ                                            | รายงาน PMQA | ผู้บริหารพบปะบุคลากร          | 1 |",
        // numbered headings name no category
        "4. ขั้นตอนการดำเนินการ > 4.1 ก่อนดำเนินการ              |             | จัดทำคำสั่งแต่งตั้งคณะทำงาน       |   |",
        "หมวด 3                                                  |             | จัดกิจกรรมประจำปี                 |   |",
        // law chapters
        "รัฐธรรมนูญแห่งราชอาณาจักรไทย > หมวด 5 หน้าที่ของรัฐ      |             | รัฐต้องดำเนินการให้ประชาชน       |   |",
        "หมวด 3                                                  | พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540 | หน่วยงานต้องจัดให้มี | |",
        // a range names several categories: nothing to inherit
        "ผลการดำเนินงานหมวด 1-6 ตามเกณฑ์ PMQA                    |             | จัดทำรายงานประจำปี                |   |",
        // a passage that opens with its own category is about that one
        "หมวด 1 การนำองค์การ                                     |             | หมวด 2 การวางแผนเชิงยุทธศาสตร์ : มีกระบวนการวางแผน | 2 |",
        // references inside the passage do not add categories when a heading leads
        "หมวด 7 ผลลัพธ์การดำเนินการ                              |             | ตัววัดที่สอดคล้องกับการปฏิบัติการในหมวด 1 - 6 | 7 |",
        // codes in a heading are inherited too
        "IT3 การจัดการความรู้                                    | คู่มือ PMQA ระดับพื้นฐาน ฉบับที่ 2 | จัดทำแผนประจำปี | 4 | IT3",
        "หมวด 3 (รหัส CS1 – CS7) > CS 2 ช่องทางการรับฟัง          |             | จัดให้มีช่องทางรับฟังความคิดเห็น  | 3 | CS2",
    })
    void inherits(String headings, String title, String text, String expected, String codes) {
        List<String> stack = headings == null ? List.of()
                : Arrays.stream(ExplicitMentionsTest.unescape(headings).split(" > ")).map(String::strip).toList();
        Classification c = CLASSIFIER.classify(new PassageContext(text, stack, title));
        assertEquals(ExplicitMentionsTest.ints(expected), new TreeSet<>(c.categoryNumbers()).stream().toList(),
                c.toString());
        List<String> wantCodes = codes == null ? List.of() : Arrays.asList(codes.trim().split("\\s+"));
        assertEquals(wantCodes, c.codeNames(), c.toString());
        if (!c.categories().isEmpty() && headings != null && !text.startsWith("หมวด")) {
            assertTrue(c.categories().get(0).why().contains("หัวข้อ"), "the reason names the heading: " + c);
        }
    }
}
