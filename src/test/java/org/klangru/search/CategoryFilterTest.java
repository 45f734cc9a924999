package org.klangru.search;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A category filter never silently empties a search: the answer says how many passages match without it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CategoryFilterTest {
    IndexedTexts indexed;

    @BeforeAll
    void index() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("km.txt", "รายงานผลการดำเนินการตามเกณฑ์ PMQA\n\n"
                + "หมวด 4 การวัด การวิเคราะห์ และการจัดการความรู้ สำนักงานจัดทำแผนการจัดการความรู้ประจำปี "
                + "และจัดเวทีแลกเปลี่ยนเรียนรู้ของชุมชนนักปฏิบัติทุกไตรมาส\n");
        for (int i = 0; i < 12; i++) {
            files.put("fair-" + i + ".txt", "งานวัดประจำปีครั้งที่ " + (i + 1) + " มีการแสดงดนตรี ร้านอาหาร "
                    + "และการประกวดนางนพมาศ ประชาชนเดินทางมาร่วมงานจำนวนมากทุกปี\n");
        }
        indexed = IndexedTexts.of("category-filter", files);
    }

    @AfterAll
    void close() throws IOException {
        indexed.close();
    }

    private static SearchRequest query(String q, List<Integer> categories) {
        return new SearchRequest(q, categories, List.of(), List.of(), List.of(), List.of(), List.of(),
                SearchRequest.Order.RELEVANCE, 1, 10);
    }

    @Test
    void aFilterThatLeavesFewHitsSaysHowManyMatchWithoutIt() throws IOException {
        SearchResult filtered = new SnippetSearcher(indexed.store()).search(query("ประจำปี", List.of(4)));
        assertEquals(1, filtered.total(), filtered.hits().toString());
        assertEquals("km.txt", filtered.hits().get(0).source());
        assertEquals(13L, filtered.withoutCategory(), "every passage with ประจำปี, whatever its category");
    }

    @Test
    void aFilterThatEmptiesTheSearchStillSaysSo() throws IOException {
        SearchResult filtered = new SnippetSearcher(indexed.store()).search(query("นางนพมาศ", List.of(4)));
        assertEquals(0, filtered.total());
        assertEquals(12L, filtered.withoutCategory());
    }

    @Test
    void noCountWithoutAFilterOrWhenThePageIsFull() throws IOException {
        SnippetSearcher searcher = new SnippetSearcher(indexed.store());
        assertNull(searcher.search(query("ประจำปี", List.of())).withoutCategory());
        SearchResult r = searcher.search(new SearchRequest("ประจำปี", List.of(4), List.of(), List.of(), List.of(),
                List.of(), List.of(), SearchRequest.Order.RELEVANCE, 1, 1));
        assertEquals(1, r.total());
        assertNull(r.withoutCategory(), "one hit fills a page of one");
        assertTrue(r.labelThreshold() > 0 && r.labelThreshold() < 1, "the answer names the label threshold");
    }
}
