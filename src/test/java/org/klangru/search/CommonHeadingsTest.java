package org.klangru.search;

import org.apache.lucene.search.Query;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.klangru.TestCorpora;
import org.klangru.analysis.AnalyzerChoice;
import org.klangru.index.IndexStore;
import org.klangru.ingest.ExtractionLimits;
import org.klangru.ingest.Ingestor;
import org.klangru.ingest.PassageLabeler;
import org.klangru.ingest.TikaExtractor;
import org.klangru.taxonomy.Taxonomy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A heading is indexed with every passage under it. When the query's words are common in headings, a heading match
 * no longer makes a hit by itself (it would add whole sections); the heading still ranks the text's matches.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommonHeadingsTest {
    static final int DOCUMENTS = 3;
    IndexStore store;

    @BeforeAll
    void index() throws IOException {
        Path work = TestCorpora.tempDir("klangru-common-headings");
        Path corpus = Files.createDirectories(work.resolve("corpus"));
        for (int i = 0; i < DOCUMENTS; i++) {
            Files.writeString(corpus.resolve("doc-" + i + ".txt"), "ระบบรับเรื่องร้องเรียน\n\n"
                    + "หน่วยงานที่ " + i + " เปิดช่องทางรับเรื่องทางโทรศัพท์ ไปรษณีย์ และเว็บไซต์ของกรม ตลอดยี่สิบสี่ชั่วโมง\n\n"
                    + "เจ้าหน้าที่ตอบกลับผู้ร้องเรียนภายในสามวันทำการ และรายงานผลต่อผู้บริหารทุกเดือน\n");
        }
        store = IndexStore.openWritable(work.resolve("index"), "test", AnalyzerChoice.KLANGRU);
        new Ingestor(store, new TikaExtractor(ExtractionLimits.DEFAULT), new PassageLabeler(Taxonomy.loadDefault()), 2)
                .ingest(corpus);
    }

    @AfterAll
    void close() throws IOException {
        store.close();
    }

    @Test
    void wordsCommonInHeadingsMatchTheTextOnly() throws IOException {
        QueryBuilder queries = new QueryBuilder(store.analysis());
        SearchRequest request = SearchRequest.of("ร้องเรียน");
        store.search(s -> {
            // both passages of each document sit under the heading; only the second has the word in its text
            Query anyField = queries.build(request, QueryBuilder.Words.ALL, CommonWords.NONE).matching();
            assertEquals(2 * DOCUMENTS, s.count(anyField));
            Query textOnly = queries.build(request, QueryBuilder.Words.ALL, CommonWords.over(s.getIndexReader(), 2)).matching();
            assertEquals(DOCUMENTS, s.count(textOnly));
            return null;
        });
    }
}
