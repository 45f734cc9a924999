package org.klangru.ingest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.klangru.TestCorpora;
import org.klangru.index.DocumentRecord;
import org.klangru.index.IndexStore;
import org.klangru.index.PassageRecord;
import org.klangru.search.DocumentBrowser;
import org.klangru.search.SearchHit;
import org.klangru.search.SearchRequest;
import org.klangru.search.SnippetSearcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Real files of every format we claim, made with LibreOffice (see src/test/resources/formats/README.md), go
 * through Tika into the index, and the Thai sentence they share comes out searchable. Bad files are each
 * reported with their reason and cost nothing else.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FormatIngestionTest {
    static final String SENTENCE = "การจัดการความรู้ของหน่วยงานช่วยให้บุคลากรเรียนรู้จากประสบการณ์ของผู้อื่น";

    Path work;
    IndexStore store;
    IngestReport report;

    @BeforeAll
    void ingestEveryFormat() throws IOException {
        work = Files.createTempDirectory("klangru-formats");
        Path corpus = TestCorpora.copy("formats", work.resolve("corpus"));
        Files.copy(corpus.resolve("sample.txt"), corpus.resolve("ชื่อไฟล์ ภาษาไทย มีช่องว่าง.txt"));
        store = IndexStore.openWritable(work.resolve("index"), "test", org.klangru.analysis.AnalyzerChoice.KLANGRU);
        report = new Ingestor(store, new TikaExtractor(ExtractionLimits.DEFAULT), new PassageLabeler(org.klangru.taxonomy.Taxonomy.loadDefault()), 2).ingest(corpus);
    }

    @AfterAll
    void close() throws IOException {
        store.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sample.txt", "sample-tis620.txt", "sample.html", "sample.odt", "sample.docx", "sample.doc",
            "sample.rtf", "sample.pdf", "ชื่อไฟล์ ภาษาไทย มีช่องว่าง.txt"})
    void theThaiSentenceComesOutWhole(String file) throws IOException {
        List<PassageRecord> passages = passagesOf(file);
        String all = passages.stream().map(PassageRecord::text).collect(Collectors.joining("\n"));
        assertTrue(all.replaceAll("\\s+", "").contains(SENTENCE), file + " gave:\n" + all);
    }

    @Test
    void theSentenceFindsEveryFormat() throws IOException {
        SearchRequest r = new SearchRequest(SENTENCE, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), SearchRequest.Order.RELEVANCE, 1, 50);
        List<SearchHit> hits = new SnippetSearcher(store).search(r).hits();
        // copies fold into the first hit; together they must name every readable file
        java.util.Set<String> sources = new java.util.HashSet<>();
        for (SearchHit h : hits) {
            sources.add(h.source());
            sources.addAll(h.alsoIn());
        }
        assertTrue(sources.containsAll(List.of("sample.txt", "sample-tis620.txt", "sample.html", "sample.odt",
                "sample.docx", "sample.doc", "sample.rtf", "sample.pdf")), sources.toString());
    }

    @ParameterizedTest
    @CsvSource({"empty.pdf, EMPTY", "corrupt.pdf, CORRUPT", "junk.docx, CORRUPT", "encrypted.pdf, ENCRYPTED",
            "unsupported.bin, UNSUPPORTED"})
    void badFilesAreReportedWithTheirReason(String file, FailureReason reason) {
        Map<String, IngestReport.Failure> failures = report.failures().stream()
                .collect(Collectors.toMap(IngestReport.Failure::source, f -> f));
        IngestReport.Failure f = failures.get(file);
        assertNotNull(f, file + " not reported: " + report.summary());
        assertEquals(reason, f.reason(), f.message());
        assertTrue(f.message().startsWith(reason.describe(null)), f.message());
    }

    @Test
    void badFilesCostNothingElse() throws IOException {
        assertEquals(5, report.failures().size(), report.summary());
        assertEquals(9, report.added(), report.summary());
        assertEquals(9, new DocumentBrowser(store).list(1, 100).total());
    }

    @Test
    void aFailedFileIsRetriedOnlyWhenItChanges() throws IOException {
        Path corpus = work.resolve("corpus");
        IngestReport again = new Ingestor(store, new TikaExtractor(ExtractionLimits.DEFAULT), new PassageLabeler(org.klangru.taxonomy.Taxonomy.loadDefault()), 2).ingest(corpus);
        assertEquals(14, again.unchanged(), again.summary());
        assertEquals(0, again.added() + again.updated() + again.removed(), again.summary());
        assertEquals(5, again.failures().size(), "known failures are reported again: " + again.summary());
    }

    private List<PassageRecord> passagesOf(String source) throws IOException {
        DocumentBrowser browser = new DocumentBrowser(store);
        DocumentRecord doc = browser.list(1, 100).documents().stream().filter(d -> d.source().equals(source)).findFirst()
                .orElseThrow(() -> new AssertionError(source + " not indexed: " + report.summary()));
        return browser.passages(doc.id());
    }
}
