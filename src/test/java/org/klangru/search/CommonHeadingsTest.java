package org.klangru.search;

import org.apache.lucene.search.Query;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A heading is indexed with every passage under it. When the query's words are common in headings, a heading match
 * no longer makes a hit by itself (it would add whole sections); the heading still ranks the text's matches.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommonHeadingsTest {
    static final int DOCUMENTS = 3;
    IndexedTexts indexed;

    @BeforeAll
    void index() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            files.put("doc-" + i + ".txt", "ระบบรับเรื่องร้องเรียน\n\n"
                    + "หน่วยงานที่ " + i + " เปิดช่องทางรับเรื่องทางโทรศัพท์ ไปรษณีย์ และเว็บไซต์ของกรม ตลอดยี่สิบสี่ชั่วโมง\n\n"
                    + "เจ้าหน้าที่ตอบกลับผู้ร้องเรียนภายในสามวันทำการ และรายงานผลต่อผู้บริหารทุกเดือน\n");
        }
        indexed = IndexedTexts.of("common-headings", files);
    }

    @AfterAll
    void close() throws IOException {
        indexed.close();
    }

    @Test
    void wordsCommonInHeadingsMatchTheTextOnly() throws IOException {
        QueryBuilder queries = new QueryBuilder(indexed.store().analysis());
        SearchRequest request = SearchRequest.of("ร้องเรียน");
        indexed.store().search(s -> {
            // both passages of each document sit under the heading; only the second has the word in its text
            Query anyField = queries.build(request, QueryBuilder.Words.ALL, CommonWords.NONE).matching();
            assertEquals(2 * DOCUMENTS, s.count(anyField));
            Query textOnly = queries.build(request, QueryBuilder.Words.ALL, CommonWords.over(s.getIndexReader(), 2)).matching();
            assertEquals(DOCUMENTS, s.count(textOnly));
            return null;
        });
    }
}
