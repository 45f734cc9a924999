package org.klangru.taxonomy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Content labels: only without markers, only above the threshold, explained with the phrases that counted. */
class ContentLabelsTest {
    // the rules alone: the learned model has tests of its own (CategoryModelTest, TrapsTest)
    private static final PassageClassifier CLASSIFIER = PassageClassifier.rulesOnly(Taxonomy.loadDefault());

    @ParameterizedTest(name = "{0} -> [{2}]")
    @CsvSource(delimiter = '|', nullValues = "", value = {
        "ควรให้ความสำคัญกับการพัฒนาบุคลากรให้มีทักษะและสมรรถนะสูง                          | สำนักงาน ก.พ.ร. จัดประชุมแลกเปลี่ยนเรียนรู้ | 5",
        "การให้ความสำคัญของผู้บริหารในการผลักดันคุณภาพการให้บริการ                         | สำนักงาน ก.พ.ร. จัดประชุมแลกเปลี่ยนเรียนรู้ | 1",
        "2. มีระบบการจัดการข้อร้องเรียน และการวัดความพึงพอใจและไม่พึงพอใจของกลุ่มผู้รับบริการ | รายงาน PMQA | 3",
        "3. การจัดการความรู้ โดยการพัฒนาระบบการจัดการความรู้อย่างต่อเนื่อง และมีการจัดทำแผนการจัดการความรู้ประจำปี | PMQA | 4",
        "การจัดทำคู่มือการปฏิบัติงานเพื่อเป็นกรอบแนวทางให้บุคลากรไปปฏิบัติ                  | PMQA | 6",
        "1. การวางยุทธศาสตร์ของหน่วยงาน โดยการจัดทำแผนปฏิบัติราชการ 4 ปี และแผนปฏิบัติราชการประจำปี | PMQA | 2",
        // a list item whose opening clause names no topic: what follows โดย is the topic, at full weight
        "5. การบริหารจัดการอย่างมีประสิทธิภาพ โดยกำหนดให้มีคู่มือวิธีปฏิบัติงาน             | สำนักงาน ก.พ.ร. จัดประชุมแลกเปลี่ยนเรียนรู้ | 6",
        // ... but when it names one, what follows only elaborates it and counts half
        "5. การจัดการความรู้ โดยกำหนดให้มีคู่มือวิธีปฏิบัติงาน                             | สำนักงาน ก.พ.ร. จัดประชุมแลกเปลี่ยนเรียนรู้ | 4",
        // a strong organisation-level phrase is not staff competence
        "องค์กรที่มีสมรรถนะสูง หมายถึง องค์กรที่มีขีดความสามารถในการเปลี่ยนแปลง              | PMQA | ",
        // an overview of several categories gets none
        "เริ่มจากการจัดทำนโยบายยุทธศาสตร์ มีการปรับปรุงกระบวนการทำงาน งานบริการด้วยนวัตกรรม รวมไปถึงการพัฒนาบุคลากร และผู้บริหารเป็นผู้นำในการพัฒนา | PMQA | ",
        // general government news, no PMQA or management context: the same words are not an agency's practice
        "สำหรับการลดต้นทุนการผลิตข้าวให้ปฏิบัติจริงได้สิ่งสำคัญคือการใช้เมล็ดพันธุ์ข้าวคุณภาพดี | ข่าวเกษตร | ",
        "สศช. ได้ขับเคลื่อนยุทธศาสตร์ชาติสู่การปฏิบัติผ่านการจัดทำโครงการตามยุทธศาสตร์ชาติ        | สรุปข่าวการประชุมคณะรัฐมนตรี | ",
        "ให้จัดทำแผนปฏิบัติการป้องกันและแก้ไขปัญหาฝุ่นละออง PM 2.5                          | ข่าวรัฐบาล | ",
        // ... unless the evidence is overwhelming
        "ปลัดฯ นำคณะผู้บริหาร ร่วมประกาศเจตนารมณ์ จริยธรรม จรรยาบรรณ เพื่อส่งเสริมคุณธรรม และความโปร่งใส | ข่าวรัฐบาล | 1",
    })
    void contentLabels(String text, String title, String expected) {
        Classification c = CLASSIFIER.classify(new PassageContext(text, List.of(), title));
        assertEquals(ExplicitMentionsTest.ints(expected), new TreeSet<>(c.categoryNumbers()).stream().toList(),
                c.toString());
        for (CategoryLabel l : c.categories()) {
            assertTrue(l.why().contains("(content keywords)") && l.why().contains("\"") && l.why().contains("เกณฑ์"),
                    "the reason lists the phrases and the threshold: " + l.why());
            assertTrue(l.confidence() >= 0.7 && l.confidence() < 1, l.toString());
        }
    }

    @Test
    void aMarkerSwitchesContentOff() {
        // "หมวด 1" leads: the customer words after it do not add หมวด 3
        Classification c = CLASSIFIER.classify(new PassageContext(
                "หมวด 1 การนำองค์การ : ให้ความสำคัญกับผู้รับบริการและผู้มีส่วนได้ส่วนเสีย การจัดการข้อร้องเรียน",
                List.of(), null));
        assertEquals(List.of(1), c.categoryNumbers());
    }
}
