package org.klangru.taxonomy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BestPracticeScorerTest {
    private static final BestPracticeScorer SCORER = new BestPracticeScorer();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "1. การจัดทำคู่มือการปฏิบัติงานเพื่อเป็นกรอบแนวทางให้บุคลากรไปปฏิบัติ หรือไว้อ้างอิงมิให้เกิดความผิดพลาด",
        "โดยมีปัจจัยแห่งความสำเร็จ ได้แก่ 1) การทำความเข้าใจภารกิจ 2) การสนับสนุนของผู้บริหาร 3) การวิเคราะห์ลูกค้า",
        "- 1) ควรจัดอบรมเพื่อสร้างความรู้ความเข้าใจเรื่องการพัฒนาคุณภาพการบริหารจัดการภาครัฐทั้งระดับผู้บริหารและผู้ปฏิบัติ",
        "บทเรียนที่ได้รับ คือ การสื่อสารทำความเข้าใจร่วมกันอย่างสม่ำเสมอทำให้บุคลากรเห็นความสำคัญ",
        "ขั้นตอนที่ 2 ทบทวนและจัดทำคำสั่งแต่งตั้งคณะทำงาน แล้วเสนอผู้บริหารลงนาม",
    })
    void practicesScoreHigh(String text) {
        double s = SCORER.score(text, List.of());
        assertTrue(s >= 0.5, text + " scored " + s);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "วสุนธรา (สลธ.) / รายงาน",
        "กลุ่มสื่อสาร ฯ / จัดทำ",
        "เผยแพร่ข้อมูลเมื่อ 2 พฤษภาคม 2554 15:02:29 ปรับปรุงข้อมูลล่าสุดเมื่อ 2 พฤษภาคม 2554 15:13:26",
        "พ.ศ. 2551 |",
        "หน้า 12",
        "(นายรัชชัย บุญเกิด)",
        "ลำดับ\tผังกระบวนการ\tรายละเอียดงาน/ จุดควบคุม\tระยะเวลา\tผู้รับผิดชอบ",
        "โทร. 0 2356 9999 www.opdc.go.th",
    })
    void furnitureScoresNothing(String text) {
        double s = SCORER.score(text, List.of());
        assertTrue(s < 0.05, text + " scored " + s);
    }

    @Test
    void practiceOutranksANewsLeadAndHeadingsHelp() {
        double lead = SCORER.score("เมื่อวันที่ 29 กุมภาพันธ์ 2555 สำนักงาน ก.พ.ร. ได้จัดประชุมแลกเปลี่ยนเรียนรู้ โดยมีผู้แทนกล่าวเปิด",
                List.of());
        double factor = SCORER.score("การให้ความสำคัญของผู้บริหารในการผลักดันคุณภาพการให้บริการ เป็นปัจจัยสำคัญที่ทำให้ประสบความสำเร็จ",
                List.of());
        assertTrue(factor > lead + 0.3, factor + " vs " + lead);
        String item = "จัดให้มีช่องทางการรับฟังความเห็นของผู้รับบริการ";
        assertTrue(SCORER.score(item, List.of("4. ขั้นตอนการดำเนินการ")) > SCORER.score(item, List.of()));
        assertEquals(SCORER.score(item, List.of()), SCORER.evaluate(item, List.of()).score());
        assertTrue(!SCORER.evaluate(item, List.of("4. ขั้นตอนการดำเนินการ")).reasons().isEmpty());
    }
}
