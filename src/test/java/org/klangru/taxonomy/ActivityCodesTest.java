package org.klangru.taxonomy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every form of an activity code seen in documents, and every trap. Columns: passage, document title, expected codes
 * (space separated, empty for none), expected edition of the first code (empty when unknown or not checked).
 */
class ActivityCodesTest {
    // the rules alone: what a code form gives; the learned model has tests of its own (CategoryModelTest, TrapsTest)
    private static final PassageClassifier CLASSIFIER = PassageClassifier.rulesOnly(Taxonomy.loadDefault());

    @ParameterizedTest(name = "{0} -> [{2}]")
    @CsvSource(delimiter = '|', nullValues = "", value = {
        "CS1 จำแนกกลุ่มผู้รับบริการและผู้มีส่วนได้ส่วนเสีย                   |                 | CS1 | FL2552",
        "CS 1 จำแนกกลุ่มผู้รับบริการ                                         | คู่มือ PMQA     | CS1 |",
        "CS-1 จำแนกกลุ่มผู้รับบริการ                                         | คู่มือ PMQA     | CS1 |",
        "CS 1 A ให้จำแนกกลุ่มผู้รับบริการและผู้มีส่วนได้ส่วนเสียจากพันธกิจ  |                 | CS1 |",
        "1.\\tCS 1 A\\t-ให้จำแนกกลุ่มผู้รับบริการ\\t1.1 กำหนดพันธกิจของหน่วยงาน |            | CS1 |",
        "ลำดับ\\tรหัส\\tสรุป CS 1 A\\tขั้นตอนการดำเนินการ                     |                 | CS1 |",
        "CS1A มีระบบการจัดการข้อร้องเรียน                                    |                 | CS1 |",
        "รหัส CS๑ ตามเกณฑ์ระดับพื้นฐาน                                       | PMQA            | CS1 |",
        "รหัส CS\\u00a01 ตามเกณฑ์                                            | PMQA            | CS1 |",
        "ศึกษาเปรียบเทียบรหัสกิจกรรม หมวด 3 (รหัส CS1 – CS7)                 |                 | CS1 CS2 CS3 CS4 CS5 CS6 CS7 |",
        "รหัส CS1-CS7                                                       | PMQA            | CS1 CS2 CS3 CS4 CS5 CS6 CS7 |",
        "รหัส CS 1 ถึง CS 7                                                 | PMQA            | CS1 CS2 CS3 CS4 CS5 CS6 CS7 |",
        "รหัส CS1-7                                                         | PMQA            | CS1 CS2 CS3 CS4 CS5 CS6 CS7 |",
        "ดำเนินการตาม LD1, SP2 และ HR5                                       |                 | HR5 LD1 SP2 |",
        "HR1 ถึง HR7                                                        | PMQA            | HR1 HR2 HR3 HR4 HR5 |",
        "IT3 การจัดการความรู้                                                | PMQA ระดับพื้นฐาน ฉบับที่ 2 | IT3 | FL2",
        "IT3 การจัดการความรู้ในองค์การ                                       | PMQA            | IT3 | FL2",
        "IT1 ส่วนราชการต้องมีระบบฐานข้อมูลผลการดำเนินงานตามแผนยุทธศาสตร์และแผนปฏิบัติราชการ | PMQA | IT1 | FL2552",
        "IT5 ระบบการติดตาม เฝ้าระวัง และเตือนภัย (Warning System)            | PMQA            | IT5 | FL2552",
        "IT 2                                                                | PMQA            | IT2 |",
        "PM3 จัดทำคู่มือการปฏิบัติงาน                                         | PMQA            | PM3 |",
        // fine dust
        "ค่าฝุ่น PM 2.5 เกินมาตรฐานในหลายพื้นที่                              |                 |     |",
        "ฝุ่นพิษ PM2.5 ปี 2567                                               | PMQA            |     |",
        "ค่า PM ๒.๕ สูง                                                     |                 |     |",
        "ค่า PM\\u00a02.5 และ PM10                                           |                 |     |",
        "PM 10 และ PM 2,5                                                   |                 |     |",
        "แก้ปัญหาฝุ่นละออง PM1 ในเขตเมือง                                     | PMQA            |     |",
        "การรับรองผลผลิตแบบไม่เผา (GAP PM2s Free)                            |                 |     |",
        // IT and other acronyms
        "ฝ่าย IT 2 คน ดูแลระบบเครือข่าย                                       | PMQA            |     |",
        "แผนก IT ของกรมพัฒนาระบบใหม่                                         | PMQA            |     |",
        "ยุทธศาสตร์ IT 4.0 และ IT2020                                        | PMQA            |     |",
        "บุคคลรหัส HR-03 (บัญชีม้า)                                          |                 |     |",
        "ติดตั้ง Windows 7 SP1 ทุกเครื่อง                                     |                 |     |",
        "เกณฑ์ PMQA 4.0 และ PMQA ๔.๐                                         |                 |     |",
        "HR7 และ PM7                                                        | PMQA            |     |",
        "MCS1 และ XCS1 และ CS12                                             | PMQA            |     |",
    })
    void codeForms(String text, String title, String expected, String edition) {
        Classification c = CLASSIFIER.classify(new PassageContext(ExplicitMentionsTest.unescape(text), List.of(),
                title));
        List<String> want = expected == null ? List.of() : Arrays.stream(expected.trim().split("\\s+")).sorted()
                .toList();
        assertEquals(want, c.codeNames().stream().sorted().toList(), text + " -> " + c);
        for (CodeLabel l : c.codes()) {
            assertFalse(l.why().isBlank());
            assertTrue(l.confidence() > 0 && l.confidence() <= 1);
            // a code gives its category
            assertTrue(c.categoryNumbers().contains(Taxonomy.loadDefault().categoryOfCode(l.code())), c.toString());
        }
        if (edition != null) {
            assertEquals(edition.trim(), c.codes().get(0).edition(), c.toString());
        }
        if (want.isEmpty() && !text.contains("PMQA") && !text.contains("IT") && !text.contains("HR")) {
            assertTrue(c.categories().isEmpty(), "a rejected code gives no category: " + c);
        }
    }
}
