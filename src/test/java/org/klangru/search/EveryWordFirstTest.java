package org.klangru.search;

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
 * When too few passages hold every word and any word counts, a passage with every word still comes before a short
 * one that keeps three of the four together: the phrase bonus of the short one must not outweigh the missing word.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryWordFirstTest {
    static final int OTHERS = 30;
    IndexStore store;

    @BeforeAll
    void index() throws IOException {
        Path work = TestCorpora.tempDir("klangru-every-word");
        Path corpus = Files.createDirectories(work.resolve("corpus"));
        Files.writeString(corpus.resolve("staff.txt"), "การสร้างบรรยากาศการทำงาน ความผาสุก และความพึงพอใจของบุคลากรในสำนักงาน "
                + "อาทิ การจัดให้มีห้องออกกำลังกาย การจัดกิจกรรมสันทนาการ การตรวจสุขภาพประจำปี การจัดให้มีมุมพักผ่อน "
                + "การจัดให้มีสวัสดิการร้านค้า การจัดงานวันเกิดประจำเดือน และการสำรวจความคิดเห็นทุกไตรมาสเพื่อนำมาปรับปรุง\n");
        Files.writeString(corpus.resolve("news.txt"), "มุ่งสร้างความผาสุกของประเทศชาติ\n");
        // บุคลากร is a common word here, ผาสุก a rare one
        for (int i = 0; i < OTHERS; i++) {
            Files.writeString(corpus.resolve("other-" + i + ".txt"), "บุคลากรของกรมที่ " + i + " เข้ารับการอบรมหลักสูตรผู้บริหารระดับกลาง\n");
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
    void aPassageWithEveryWordComesFirst() throws IOException {
        SearchResult r = new SnippetSearcher(store).search(SearchRequest.of("ความผาสุกของบุคลากร"));
        assertTrue(r.total() > 1, "any word counts: " + r.total());
        assertEquals("staff.txt", r.hits().get(0).source(), r.hits().toString());
    }
}
