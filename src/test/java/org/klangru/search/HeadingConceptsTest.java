package org.klangru.search;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A query often names where (an agency, a hospital) and what (the fact): a passage holds the "where" when its heading
 * says it, as the core already scores a heading's words as the passage's. So the passage with the fact under the
 * hospital's headline ranks above the one that names the hospital twice and says nothing of the fact.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HeadingConceptsTest {
    IndexedTexts indexed;

    @BeforeAll
    void index() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("hospital.txt", """
                โรงพยาบาลบ้านนาสวนคว้ารางวัลบริการดีเด่น

                ปลัดกระทรวงกล่าวชื่นชมโรงพยาบาลบ้านนาสวนที่ได้รับรางวัล และผู้อำนวยการโรงพยาบาลบ้านนาสวนขอบคุณบุคลากรทุกคนที่ร่วมกันทำงานอย่างหนักตลอดปีที่ผ่านมา

                ทีมงานปรับระบบบริการผู้ป่วยนอก จัดคิวออนไลน์ ลดระยะเวลารอคอยจากสองชั่วโมงเหลือสามสิบนาที
                """);
        // the hospital is in the news now and then; waiting times are rarely written about
        for (int i = 0; i < 20; i++) {
            String also = i % 4 == 0 ? " ร่วมกับโรงพยาบาลบ้านนาสวน" : i == 1 ? " ลดระยะเวลาการเดินทาง" : "";
            files.put("other-" + i + ".txt", "หน่วยงานที่ " + i + " จัดประชุมชี้แจงแนวทางการดำเนินงาน" + also + "\n");
        }
        indexed = IndexedTexts.of("heading-concepts", files);
    }

    @AfterAll
    void close() throws IOException {
        indexed.close();
    }

    @Test
    void theFactUnderTheHeadlineComesBeforeTheNameRepeated() throws IOException {
        List<SearchHit> hits = indexed.search("รอคอย โรงพยาบาลบ้านนาสวน");
        assertFalse(hits.isEmpty());
        assertTrue(hits.get(0).text().contains("รอคอย"), hits.toString());
    }
}
