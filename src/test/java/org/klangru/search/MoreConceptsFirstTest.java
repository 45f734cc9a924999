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
 * When no passage holds every word of a query, the one that holds more of its concepts comes first: a passage that
 * repeats its two rarest words must not outrank one that holds three of its four (BM25 alone ranks the repeats first).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MoreConceptsFirstTest {
    static final int OTHERS = 30;
    IndexedTexts indexed;

    @BeforeAll
    void index() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        // PMQA and ก.พ.ร. are rare here; สาธารณสุข and 2568 are in a fifth of the passages
        files.put("two.txt", "สรุปผลการประเมิน PMQA ของสำนักงาน ก.พ.ร. ตามเกณฑ์ PMQA และคู่มือ PMQA\n");
        files.put("three.txt", "มอบโล่แก่หน่วยงานด้านสาธารณสุขที่มีผลงาน PMQA โดดเด่น ประจำปีงบประมาณ 2568\n");
        for (int i = 0; i < OTHERS; i++) {
            String also = i % 5 == 0 ? " ด้านสาธารณสุข" : i % 5 == 1 ? " ปี 2568" : "";
            files.put("other-" + i + ".txt", "หน่วยงานที่ " + i + " จัดประชุมชี้แจงแนวทางการดำเนินงาน" + also + "\n");
        }
        indexed = IndexedTexts.of("more-concepts", files);
    }

    @AfterAll
    void close() throws IOException {
        indexed.close();
    }

    @Test
    void thePassageWithMoreOfTheQueryComesFirst() throws IOException {
        List<SearchHit> hits = indexed.search("PMQA ก.พ.ร. สาธารณสุข 2568");
        assertTrue(hits.size() >= 2, hits.toString());
        assertEquals("three.txt", hits.get(0).source(), hits.toString());
        assertEquals("two.txt", hits.get(1).source(), hits.toString());
    }
}
