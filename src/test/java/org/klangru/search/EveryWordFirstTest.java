package org.klangru.search;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * When too few passages hold every word and any word counts, a passage with every word still comes before a short
 * one that keeps three of the four together: the phrase bonus of the short one must not outweigh the missing word.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryWordFirstTest {
    static final int OTHERS = 30;
    IndexedTexts indexed;

    @BeforeAll
    void index() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("staff.txt", "การสร้างบรรยากาศการทำงาน ความผาสุก และความพึงพอใจของบุคลากรในสำนักงาน "
                + "อาทิ การจัดให้มีห้องออกกำลังกาย การจัดกิจกรรมสันทนาการ การตรวจสุขภาพประจำปี การจัดให้มีมุมพักผ่อน "
                + "การจัดให้มีสวัสดิการร้านค้า การจัดงานวันเกิดประจำเดือน และการสำรวจความคิดเห็นทุกไตรมาสเพื่อนำมาปรับปรุง\n");
        files.put("news.txt", "มุ่งสร้างความผาสุกของประเทศชาติ\n");
        // บุคลากร is a common word here, ผาสุก a rare one
        for (int i = 0; i < OTHERS; i++) {
            files.put("other-" + i + ".txt", "บุคลากรของกรมที่ " + i + " เข้ารับการอบรมหลักสูตรผู้บริหารระดับกลาง\n");
        }
        indexed = IndexedTexts.of("every-word", files);
    }

    @AfterAll
    void close() throws IOException {
        indexed.close();
    }

    @Test
    void aPassageWithEveryWordComesFirst() throws IOException {
        SearchResult r = new SnippetSearcher(indexed.store()).search(SearchRequest.of("ความผาสุกของบุคลากร"));
        assertTrue(r.total() > 1, "any word counts: " + r.total());
        assertEquals("staff.txt", r.hits().get(0).source(), r.hits().toString());
    }
}
