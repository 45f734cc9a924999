package org.klangru.search;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.klangru.analysis.AnalyzerChoice;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Near equivalents (paraphrases.txt): a passage that says บุคลากร where the query says เจ้าหน้าที่ is found, below the
 * same passage with the query's own word; an equivalent of several words is found as written, not as its words
 * scattered over a passage.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParaphrasesTest {
    IndexedTexts indexed;

    @BeforeAll
    void index() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("typed.txt", "การอบรมเจ้าหน้าที่ของกรมเรื่องการจัดการความรู้\n");
        files.put("equivalent.txt", "การอบรมบุคลากรของกรมเรื่องการจัดการความรู้\n");
        files.put("written-as-one.txt", "ผู้ปฏิบัติงานด้านพัสดุต้องผ่านการทดสอบ\n");
        // ผู้ ... ปฏิบัติ ... งาน apart: not ผู้ปฏิบัติงาน
        files.put("scattered.txt", "ผู้ว่าราชการจังหวัดตรวจเยี่ยมการปฏิบัติงาน\n");
        indexed = IndexedTexts.of("paraphrases", files);
    }

    @AfterAll
    void close() throws IOException {
        indexed.close();
    }

    @Test
    void anEquivalentIsFoundBelowTheWordTyped() throws IOException {
        List<SearchHit> hits = search("เจ้าหน้าที่");
        assertEquals(Set.of("typed.txt", "equivalent.txt", "written-as-one.txt"),
                hits.stream().map(SearchHit::source).collect(Collectors.toSet()), hits.toString());
        assertEquals("typed.txt", hits.get(0).source());
        assertTrue(hits.get(0).score() > hits.get(1).score() && hits.get(0).score() > hits.get(2).score(),
                hits.toString());
    }

    @Test
    void whyNamesTheEquivalentThatMatched() throws IOException {
        SearchHit equivalent = search("เจ้าหน้าที่").stream().filter(h -> h.source().equals("equivalent.txt"))
                .findFirst().orElseThrow();
        // the title is matched with the words typed only
        assertEquals(Map.of("text", List.of("บุคลากร")), equivalent.why().get("matched"), equivalent.toString());
        SearchHit asOne = search("เจ้าหน้าที่").stream().filter(h -> h.source().equals("written-as-one.txt"))
                .findFirst().orElseThrow();
        // ผู้ปฏิบัติงาน is looked for as a phrase, not as ผู้, ปฏิบัติ and งาน: none of them is a word that matched
        assertEquals(Map.of(), asOne.why().get("matched"), asOne.toString());
        assertTrue(asOne.highlight().contains("<mark>ผู้ปฏิบัติงาน</mark>"), asOne.highlight());
    }

    @Test
    void withoutTheirWordsTogetherNoEquivalentMatches() throws IOException {
        // ผู้ว่าราชการ ... การปฏิบัติงาน has ผู้, ปฏิบัติ and งาน, but not ผู้ปฏิบัติงาน
        assertTrue(search("เจ้าหน้าที่").stream().noneMatch(h -> h.source().equals("scattered.txt")));
    }

    @Test
    void theStockAnalysesHaveNoEquivalents() {
        assertTrue(AnalyzerChoice.ICU.paraphraseAnalyzer().isEmpty());
        assertTrue(AnalyzerChoice.STANDARD.paraphraseAnalyzer().isEmpty());
    }

    private List<SearchHit> search(String q) throws IOException {
        return new SnippetSearcher(indexed.store()).search(SearchRequest.of(q)).hits();
    }
}
