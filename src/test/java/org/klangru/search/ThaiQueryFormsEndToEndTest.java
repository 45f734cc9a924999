package org.klangru.search;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.klangru.analysis.AnalyzerChoice;
import org.klangru.index.IndexStore;
import org.klangru.ingest.ExtractionLimits;
import org.klangru.ingest.IngestReport;
import org.klangru.ingest.Ingestor;
import org.klangru.ingest.PassageLabeler;
import org.klangru.ingest.TikaExtractor;
import org.klangru.taxonomy.Taxonomy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The ways people type Thai, from file to first hit: a seed known only as a LibreOffice PDF (its text layer
 * scrambled) is found by a query typed the normal way; Arabic digits find Thai digits; an English acronym
 * finds its Thai term; half a word and a phrase inside a compound find their passage.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ThaiQueryFormsEndToEndTest {
    private static final Path SEED_PDF = Path.of("../shared/corpus/seeds/formats/seed001.pdf");

    Path work;
    IndexStore store;
    SnippetSearcher searcher;

    @BeforeAll
    void index() throws IOException {
        assertTrue(Files.isRegularFile(SEED_PDF), "the shared seed corpus belongs beside the project: " + SEED_PDF.toAbsolutePath());
        work = Files.createTempDirectory("klangru-forms");
        Path corpus = Files.createDirectories(work.resolve("corpus"));
        Files.copy(SEED_PDF, corpus.resolve("seed001.pdf"));
        Files.writeString(corpus.resolve("plan.txt"), """
                แผนการจัดการความรู้ ประจำปีงบประมาณ พ.ศ. 2567

                สำนักงานจัดทำแผนการจัดการความรู้เพื่อรวบรวมองค์ความรู้ที่จำเป็นต่อการให้บริการประชาชน
                กองคลังรายงานผลการเบิกจ่ายปีงบประมาณที่ผ่านมาต่อคณะกรรมการทุกไตรมาส
                เจ้าหน้าที่ตอบคำถามของประชาชนได้เร็วขึ้นหลังจากมีคลังข้อมูลกลาง
                """);
        Taxonomy taxonomy = Taxonomy.loadDefault();
        store = IndexStore.openWritable(work.resolve("index"), "test", AnalyzerChoice.KLANGRU);
        IngestReport r = new Ingestor(store, new TikaExtractor(ExtractionLimits.DEFAULT), new PassageLabeler(taxonomy), 2)
                .ingest(corpus);
        assertEquals(2, r.added(), r.summary());
        searcher = new SnippetSearcher(store);
    }

    @AfterAll
    void close() throws IOException {
        store.close();
    }

    private SearchHit first(String query) throws IOException {
        List<SearchHit> hits = searcher.search(SearchRequest.of(query)).hits();
        assertFalse(hits.isEmpty(), "no hit for " + query);
        return hits.get(0);
    }

    @Test
    void thePdfOnlySeedIsFoundByAQueryTypedTheNormalWay() throws IOException {
        SearchHit hit = first("ศึกษาเปรียบเทียบรหัสกิจกรรม หมวด 3");
        assertEquals("seed001.pdf", hit.source());
        assertTrue(hit.text().contains("ศึกษาเปรียบเทียบรหัสกิจกรรม"), hit.text());
    }

    @Test
    void arabicDigitsFindThaiDigits() throws IOException {
        SearchHit hit = first("พระราชบัญญัติระเบียบบริหารราชการแผ่นดิน ฉบับที่ 5 พ.ศ. 2545");
        assertTrue(hit.text().contains("๒๕๔๕"), hit.text());
    }

    @Test
    void anAcronymFindsItsThaiTerm() throws IOException {
        SearchHit hit = first("KM");
        assertTrue(hit.text().contains("การจัดการความรู้"), hit.text());
    }

    @Test
    void halfAWordFindsTheWhole() throws IOException {
        // ICU keeps ปีงบประมาณ as one word; passages with งบประมาณ as a word of its own may rank first
        List<SearchHit> hits = searcher.search(SearchRequest.of("งบประมาณ")).hits();
        assertTrue(hits.stream().limit(5).anyMatch(h -> h.source().equals("plan.txt") && h.text().contains("ปีงบประมาณ")),
                hits.stream().map(SearchHit::text).toList().toString());
    }

    @Test
    void aPhraseInsideACompoundFindsIt() throws IOException {
        SearchHit hit = first("การจัดการความรู้");
        assertTrue(hit.text().contains("แผนการจัดการความรู้"), hit.text());
    }

    @Test
    void repeatedWordMarkFindsTheWord() throws IOException {
        SearchHit hit = first("เร็วๆ");
        assertTrue(hit.text().contains("เร็วขึ้น"), hit.text());
    }
}
