package org.klangru.search;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.klangru.index.IndexStore;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * More matches than the rescoring depth: the hits ranked first by their words alone are ranked again with the
 * phrase, so a passage keeping the words together still beats shorter passages that scatter them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RescoredRankingTest {
    static final int DEPTH = 30;
    /** Short passages with both words apart: the best by words alone. */
    static final int SHORT_SCATTERED = 20;
    static final int PHRASE = 3;
    /** Long passages with both words apart: enough to put the total over the depth. */
    static final int LONG_SCATTERED = 40;

    IndexedTexts indexed;
    IndexStore store;

    @BeforeAll
    void index() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 0; i < SHORT_SCATTERED; i++) {
            files.put("short-" + i + ".txt", "ระบบงานที่ " + i + " รับเรื่องร้องเรียน\n");
        }
        for (int i = 0; i < PHRASE; i++) {
            files.put("phrase-" + i + ".txt", "กรมที่ " + i + " พัฒนาระบบร้องเรียนให้ประชาชนใช้ได้สะดวกขึ้นทุกช่องทาง\n");
        }
        for (int i = 0; i < LONG_SCATTERED; i++) {
            files.put("long-" + i + ".txt",
                    "ระบบงานสารบรรณของกรมที่ " + i + " ปรับปรุงใหม่ทั้งหมดเพื่อให้เจ้าหน้าที่ทำงานได้เร็วขึ้นและรับเรื่องร้องเรียนได้ครบถ้วน\n");
        }
        indexed = IndexedTexts.of("rescore", files);
        store = indexed.store();
        assertEquals(SHORT_SCATTERED + PHRASE + LONG_SCATTERED, indexed.firstRun().added());
    }

    @AfterAll
    void close() throws IOException {
        indexed.close();
    }

    @Test
    void phraseMatchesRiseAboveScatteredWordsBeyondTheDepth() throws IOException {
        SearchResult r = new SnippetSearcher(store, DEPTH).search(SearchRequest.of("ระบบร้องเรียน"));
        assertEquals(SHORT_SCATTERED + PHRASE + LONG_SCATTERED, r.total(), "the total counts every match, not the depth");
        // the phrase passages differ by a number only: one hit, with the other two as copies
        assertTrue(r.hits().get(0).source().startsWith("phrase-"), r.hits().toString());
        assertEquals(PHRASE - 1, r.hits().get(0).alsoIn().size());
        assertTrue(r.hits().get(1).source().startsWith("short-"), "then the best by words alone: " + r.hits());
    }

    @Test
    void rankingIsTheSameWhetherOrNotTheMatchesFitTheDepth() throws IOException {
        SearchRequest request = SearchRequest.of("ระบบร้องเรียน");
        List<String> shallow = new SnippetSearcher(store, DEPTH).search(request).hits().stream().map(SearchHit::source).toList();
        List<String> deep = new SnippetSearcher(store, 1_000).search(request).hits().stream().map(SearchHit::source).toList();
        assertEquals(deep, shallow);
    }
}
