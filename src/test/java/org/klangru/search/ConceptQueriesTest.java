package org.klangru.search;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
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
 * A compound word of a query is one thing, however the index stacks it (the domain term over its parts): a passage
 * with only the compound does not outrank one with the query's other words. A near equivalent is another word, though:
 * it adds to the word typed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConceptQueriesTest {
    IndexedTexts compounds;
    IndexedTexts equivalents;

    @BeforeAll
    void index() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("study-visit.txt", "คณะผู้บริหารเดินทางไปศึกษาดูงานที่จังหวัดเชียงใหม่เมื่อสัปดาห์ก่อน\n");
        files.put("singapore-dust.txt", "รัฐมนตรีนำทีมเยือนสิงคโปร์เพื่อศึกษาต้นแบบการจัดการฝุ่น PM 2.5 ของเมือง\n");
        files.put("other.txt", "กรมจัดประชุมชี้แจงแนวทางการจัดทำงบประมาณประจำปีให้แก่หน่วยงานในสังกัด\n");
        compounds = IndexedTexts.of("concepts", files);
        // same length: the word typed and its near equivalent of several words (ผู้ปฏิบัติงาน), each alone, and both
        equivalents = IndexedTexts.of("concepts-equivalents", Map.of(
                "word-and-equivalent.txt", "การอบรมเจ้าหน้าที่และผู้ปฏิบัติงานของกรมเรื่องการจัดการความรู้\n",
                "word-alone.txt", "การอบรมเจ้าหน้าที่และผู้อำนวยการของกรมเรื่องการจัดการความรู้\n",
                "equivalent-alone.txt", "การอบรมผู้อำนวยการและผู้ปฏิบัติงานของกรมเรื่องการจัดการความรู้\n",
                "other.txt", "กรมจัดประชุมชี้แจงแนวทางการจัดทำงบประมาณประจำปีให้แก่หน่วยงานในสังกัด\n"));
    }

    @AfterAll
    void close() throws IOException {
        compounds.close();
        equivalents.close();
    }

    @Test
    void aCompoundWordCountsOnce() throws IOException {
        List<SearchHit> hits = compounds.search("ศึกษาดูงาน สิงคโปร์ PM 2.5");
        assertEquals("singapore-dust.txt", hits.get(0).source(), hits.toString());
        assertEquals("study-visit.txt", hits.get(1).source(), hits.toString());
    }

    @Test
    void aNearEquivalentAddsToTheWordTyped() throws IOException {
        List<SearchHit> hits = equivalents.search("เจ้าหน้าที่");
        assertEquals("word-and-equivalent.txt", hits.get(0).source(), hits.toString());
        double both = IndexedTexts.scoreOf(hits, "word-and-equivalent.txt");
        double word = IndexedTexts.scoreOf(hits, "word-alone.txt");
        double equivalent = IndexedTexts.scoreOf(hits, "equivalent-alone.txt");
        // the typed word's passage above the equivalent's; both together above either (the better of them alone
        // ranked the word's passage first)
        assertTrue(both > word && word > equivalent && equivalent > 0, hits.toString());
    }

    /**
     * A typed part of one word gets no phrase bonus of its own (it has nothing to keep together), with or without
     * synonyms: "KM" (with การจัดการความรู้) was counted a second time, as a part phrase, where "GECC" was not, so a
     * passage repeating it outranked passages with more of the query.
     */
    @Test
    void aOneWordPartIsNotCountedAgainAsAPhrase() {
        QueryBuilder builder = new QueryBuilder(org.klangru.analysis.AnalyzerChoice.KLANGRU);
        for (String query : List.of("KM ชุมชน", "GECC ชุมชน")) {
            Query relevance = builder.build(SearchRequest.of(query), QueryBuilder.Words.ANY, CommonWords.NONE).relevance();
            for (BooleanClause clause : ((BooleanQuery) relevance).clauses()) {
                Query q = clause.getQuery() instanceof BoostQuery b ? b.getQuery() : clause.getQuery();
                assertFalse(q instanceof SynonymQuery || q instanceof TermQuery, query + ": " + clause);
            }
        }
    }
}
