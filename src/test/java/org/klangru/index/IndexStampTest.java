package org.klangru.index;

import org.apache.lucene.search.MatchAllDocsQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.klangru.analysis.AnalyzerChoice;
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
 * Labels depend on code, the taxonomy and the category model, so an index made with others is made again on the next
 * start: records stamped otherwise are emptied and the next ingest adds every file anew (as a new schema or model
 * version does); an index stamped the same is kept as it is.
 */
class IndexStampTest {
    @Test
    void anIndexMadeWithAnotherModelIsMadeAgainAndOneMadeWithThisOneIsKept(@TempDir Path tmp) throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("km.txt"), "แผนการจัดการความรู้ประจำปี\nหน่วยงานจัดกิจกรรมแลกเปลี่ยนเรียนรู้ระหว่างบุคลากร\n");
        Files.writeString(corpus.resolve("hr.txt"), "แผนพัฒนาบุคลากร\nจัดฝึกอบรมหลักสูตรพัฒนาสมรรถนะข้าราชการบรรจุใหม่\n");
        Path dir = tmp.resolve("index");

        try (IndexStore store = IndexStore.openWritable(dir, "model-a", AnalyzerChoice.KLANGRU)) {
            assertFalse(store.rebuilt(), "a new index is made, not remade");
            assertEquals(2, ingestor(store).ingest(corpus).added());
        }
        try (IndexStore same = IndexStore.openWritable(dir, "model-a", AnalyzerChoice.KLANGRU)) {
            assertFalse(same.rebuilt());
            assertTrue(same.count(new MatchAllDocsQuery()) > 2, "documents and passages kept");
            assertEquals(2, ingestor(same).ingest(corpus).unchanged());
        }
        try (IndexStore other = IndexStore.openWritable(dir, "model-b", AnalyzerChoice.KLANGRU)) {
            assertTrue(other.rebuilt(), "stamped with another model");
            assertEquals(0, other.count(new MatchAllDocsQuery()), "the old records are gone before anything is read");
            assertEquals(2, ingestor(other).ingest(corpus).added(), "every file is labelled again");
        }
        try (IndexStore again = IndexStore.openWritable(dir, "model-b", AnalyzerChoice.KLANGRU)) {
            assertFalse(again.rebuilt(), "the new stamp was recorded");
        }
    }

    private static Ingestor ingestor(IndexStore store) {
        return new Ingestor(store, new TikaExtractor(ExtractionLimits.DEFAULT), new PassageLabeler(Taxonomy.loadDefault()), 1);
    }
}
