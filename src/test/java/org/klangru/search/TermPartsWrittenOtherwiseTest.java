package org.klangru.search;

import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.klangru.analysis.KlangruAnalysis;
import org.klangru.index.IndexFields;

import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A domain term of several words ("PMQA 4.0", "Thailand 4.0") is found where a text writes one of its words in
 * another form: a synonym of synonyms.txt or an equivalent the collection defines. And an equivalent whose long form
 * holds a domain term is found as written: the index gives the term its parts' positions.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TermPartsWrittenOtherwiseTest {
    IndexedTexts indexed;

    @BeforeAll
    void index() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("criteria-spelled-out.txt", "กรมสรรพากรผ่านเกณฑ์คุณภาพการบริหารจัดการภาครัฐ 4.0 ระดับก้าวหน้า\n");
        // the collection defines ประเทศไทย = Thailand in two documents
        files.put("defines-1.txt", "ประเทศไทย (Thailand) เป็นเจ้าภาพการประชุมนานาชาติด้านการท่องเที่ยว\n");
        files.put("defines-2.txt", "ประเทศไทย (Thailand) ส่งออกข้าวได้มากเป็นอันดับต้นของโลก\n");
        files.put("thai-name.txt", "กระทรวงจัดสัมมนาก้าวสู่ประเทศไทย 4.0 ด้วยนวัตกรรมภาครัฐ\n");
        for (int i = 0; i < 10; i++) {
            files.put("other-" + i + ".txt", "หน่วยงานที่ " + i + " จัดประชุมชี้แจงแนวทางการดำเนินงาน\n");
        }
        indexed = IndexedTexts.of("term-parts", files);
    }

    @AfterAll
    void close() throws IOException {
        indexed.close();
    }

    @Test
    void aSynonymOfAPartFindsTheTermWrittenWithIt() throws IOException {
        List<SearchHit> hits = indexed.search("PMQA 4.0");
        assertFalse(hits.isEmpty(), "PMQA 4.0 found nothing");
        assertEquals("criteria-spelled-out.txt", hits.get(0).source(), hits.toString());
    }

    @Test
    void anEquivalentTheCollectionDefinesForAPartFindsTheTermWrittenWithIt() throws IOException {
        List<SearchHit> hits = indexed.search("Thailand 4.0");
        assertTrue(hits.stream().anyMatch(h -> h.source().equals("thai-name.txt")), hits.toString());
    }

    @Test
    void anEquivalentWithADomainTermInsideMatchesWhereTheTextWritesIt() throws IOException {
        Query query = equivalentQuery("ศจช.", "ศูนย์การจัดการความรู้ชุมชน");
        assertTrue(score("ศูนย์การจัดการความรู้ชุมชนประจำตำบลเปิดให้บริการแล้ว", query) > 0, query.toString());
        // the same words apart are not the centre's name
        assertEquals(0f, score("ศูนย์ชุมชนจัดอบรมเรื่องการจัดการความรู้", query), query.toString());
    }

    /** The word-field query for {@code typed} with one equivalence pair, as the search makes it. */
    private static Query equivalentQuery(String typed, String longForm) {
        var withPair = KlangruAnalysis.paraphraseAnalyzer(List.of(Map.entry(typed, longForm)));
        Set<String> typedTerms = new HashSet<>(QueryTerms.of(KlangruAnalysis.queryAnalyzer(), IndexFields.TEXT, typed));
        return new ParaphraseWeighting(withPair, typedTerms, 0.8f).createBooleanQuery(IndexFields.TEXT, typed);
    }

    private static float score(String text, Query query) {
        MemoryIndex index = new MemoryIndex();
        index.addField(IndexFields.TEXT, text, KlangruAnalysis.indexAnalyzer());
        return index.search(query);
    }
}
