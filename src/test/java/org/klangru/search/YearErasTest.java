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
 * A year typed in one era finds the passage that writes it in the other (พ.ศ. 2566 = ค.ศ. 2023), and a Buddhist year
 * shortened after its marker ("ปี 67") finds the year in full, below passages with the year as typed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class YearErasTest {
    IndexedTexts indexed;

    @BeforeAll
    void index() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("common-era.txt", "กรมจัดงาน KM DAY 2023 แลกเปลี่ยนเรียนรู้ของบุคลากร\n");
        files.put("buddhist-era.txt", "กรมจัดงาน KM DAY ประจำปี 2566 แลกเปลี่ยนเรียนรู้ของบุคลากร\n");
        files.put("other-year.txt", "กรมจัดงาน KM DAY 2024 แลกเปลี่ยนเรียนรู้ของบุคลากร\n");
        files.put("full-year.txt", "ตัวชี้วัดร่วม Joint KPIs ประจำปีงบประมาณ 2567 ของกระทรวง\n");
        files.put("other-full-year.txt", "ตัวชี้วัดร่วม Joint KPIs ประจำปีงบประมาณ 2568 ของกระทรวง\n");
        indexed = IndexedTexts.of("year-eras", files);
    }

    @AfterAll
    void close() throws IOException {
        indexed.close();
    }

    @Test
    void aBuddhistYearFindsTheCommonEraYearBelowItself() throws IOException {
        List<SearchHit> hits = indexed.search("KM DAY 2566");
        assertEquals("buddhist-era.txt", hits.get(0).source(), hits.toString());
        assertEquals("common-era.txt", hits.get(1).source(), hits.toString());
        assertTrue(hits.get(0).score() > hits.get(1).score(), hits.toString());
        assertTrue(hits.get(1).score() > IndexedTexts.scoreOf(hits, "other-year.txt"), hits.toString());
    }

    @Test
    void aCommonEraYearFindsTheBuddhistYear() throws IOException {
        List<SearchHit> hits = indexed.search("KM DAY 2023");
        assertEquals("common-era.txt", hits.get(0).source(), hits.toString());
        assertEquals("buddhist-era.txt", hits.get(1).source(), hits.toString());
        assertTrue(hits.get(1).score() > IndexedTexts.scoreOf(hits, "other-year.txt"), hits.toString());
    }

    @Test
    void twoDigitsAfterAYearMarkerAreTheYearInFull() throws IOException {
        List<SearchHit> hits = indexed.search("Joint KPIs ปี 67");
        assertEquals("full-year.txt", hits.get(0).source(), hits.toString());
        assertTrue(hits.get(0).score() > IndexedTexts.scoreOf(hits, "other-full-year.txt"), hits.toString());
    }
}
