package org.klangru.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.klangru.TestCorpora;
import org.klangru.TestHttp;
import org.klangru.index.IndexStore;
import org.klangru.index.PassageIndex;
import org.klangru.index.PassageRecord;
import org.klangru.ingest.ExtractionLimits;
import org.klangru.ingest.FailureReason;
import org.klangru.ingest.IngestReport;
import org.klangru.ingest.Ingestor;
import org.klangru.ingest.PassageLabeler;
import org.klangru.ingest.TikaExtractor;
import org.klangru.ingest.ocr.OcrEngine;
import org.klangru.ingest.ocr.OcrSettings;
import org.klangru.ingest.ocr.TesseractInstalled;
import org.klangru.search.DocumentBrowser;
import org.klangru.taxonomy.Taxonomy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A scanned PDF and a PNG of seed 004's first page, with real Tesseract, through the embedded server: first
 * indexed where Tesseract is "missing" (reported as needing OCR), then with Tesseract (the two files are
 * retried and OCR'd once each), then found over HTTP with their passages marked as OCR text of page 1; a second
 * index of the same files takes the OCR text from the cache and runs Tesseract no more.
 */
@MicronautTest
@ExtendWith(TesseractInstalled.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OcrSearchEndToEndTest implements TestPropertyProvider {
    static final String SCANNED = "seed004.scanned.pdf";
    static final String IMAGE = "seed004.page1.png";
    /**
     * From seed 004's first paragraph, across a line end of the scan; its two sara am come out of Tesseract as
     * nikhahit + sara aa.
     */
    static final String PHRASE = "การจัดทำรายงานผลการดำเนินการพัฒนาองค์การ";

    private static final Path WORK = TestCorpora.tempDir("klangru-ocr-e2e");
    private static final Path CORPUS = corpus(WORK.resolve("corpus"));

    @Inject
    EmbeddedServer server;
    @Inject
    Ingestor ingestor;
    @Inject
    PassageIndex store;
    @Inject
    OcrEngine ocr;
    @Inject
    IngestStatus status;

    TestHttp http;
    IngestReport withoutTesseract;
    IngestReport withTesseract;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("klangru.index.dir", WORK.resolve("index").toString(),
                "klangru.ingest.corpus", CORPUS.toString(),
                "klangru.ocr.cache-dir", WORK.resolve("ocr-cache").toString(),
                "klangru.ingest.threads", "2",
                "micronaut.server.port", "-1");
    }

    @BeforeAll
    void ingest() throws IOException {
        OcrEngine missing = new OcrEngine(ocr.settings().withCacheDir(WORK.resolve("unused")).withProgram("/nonexistent/tesseract"));
        withoutTesseract = new Ingestor(store, new TikaExtractor(ExtractionLimits.DEFAULT, missing),
                new PassageLabeler(Taxonomy.loadDefault()), 2).ingest(CORPUS);
        long t0 = System.nanoTime();
        withTesseract = ingestor.ingest(CORPUS);
        System.out.printf("OCR end to end: %d files OCR'd in %.1f s (%d tesseract runs)%n", withTesseract.added(),
                (System.nanoTime() - t0) / 1e9, ocr.tesseractRuns());
        status.record(withTesseract);
        http = new TestHttp(server.getURI());
    }

    @Test
    @Order(1)
    void withoutTesseractTheScansAreReportedAsNeedingOcrAndTheRestIsIndexed() {
        Map<String, IngestReport.Failure> failures = withoutTesseract.failures().stream()
                .collect(Collectors.toMap(IngestReport.Failure::source, f -> f));
        assertEquals(Set.of(SCANNED, IMAGE), failures.keySet(), withoutTesseract.summary());
        for (IngestReport.Failure f : failures.values()) {
            assertEquals(FailureReason.NEEDS_OCR, f.reason());
            assertTrue(f.message().contains("apt-get install tesseract-ocr tesseract-ocr-tha"), f.message());
        }
        assertEquals(1, withoutTesseract.added(), withoutTesseract.summary());
    }

    @Test
    @Order(2)
    void withTesseractTheReportedScansAreRetriedAndIndexed() {
        assertTrue(withTesseract.failures().isEmpty(), withTesseract.summary());
        assertEquals(2, withTesseract.added(), withTesseract.summary());
        assertEquals(1, withTesseract.unchanged(), withTesseract.summary());
        // Tesseract runs in the extraction workers (klangru.ingest.isolation=process): what it read is in the cache
        assertEquals(2, cachedPages(), "one page each");
    }

    private static long cachedPages() {
        try (var files = java.nio.file.Files.walk(WORK.resolve("ocr-cache"))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".txt")
                    && !f.getFileName().toString().startsWith(".tmp-")).count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    @Order(3)
    void aPhraseOfPageOneFindsTheScanAndTheImageOverHttp() {
        JsonNode body = http.get("/api/snippets", Map.of("q", "\"" + PHRASE + "\"", "size", "20")).json();
        Set<String> sources = new HashSet<>();
        for (JsonNode hit : body.path("hits")) {
            sources.add(hit.get("source").asText());
            hit.path("alsoIn").forEach(s -> sources.add(s.asText()));
            assertTrue(hit.get("highlight").asText().contains("<mark>"), hit.toString());
            assertTrue(hit.get("ocr").asBoolean(), hit.toString());
            assertEquals(1, hit.get("page").asInt(), hit.toString());
        }
        assertEquals(Set.of(SCANNED, IMAGE), sources, body.toString());
    }

    @Test
    @Order(4)
    void passagesOfTheScanAreMarkedAsOcrWithTheirPage() {
        JsonNode docs = http.get("/api/documents").json().get("documents");
        for (JsonNode d : docs) {
            String source = d.get("source").asText();
            JsonNode passages = http.get("/api/documents/" + d.get("id").asText() + "/passages").json().get("passages");
            boolean scan = source.equals(SCANNED) || source.equals(IMAGE);
            assertTrue(passages.size() >= (scan ? 10 : 1), source + ": " + passages.size());
            for (JsonNode p : passages) {
                assertEquals(scan, p.path("ocr").asBoolean(), p.toString());
                if (scan) {
                    assertEquals(1, p.get("page").asInt(), p.toString());
                }
            }
        }
    }

    @Test
    @Order(5)
    void healthShowsTheLastIngestWithoutFailures() {
        JsonNode health = http.get("/api/health").json();
        assertEquals(3, health.get("documents").asInt());
        assertEquals(0, health.get("lastIngest").get("failures").size(), health.toString());
        assertTrue(health.get("ocr").get("available").asBoolean(), health.toString());
        assertTrue(health.get("ocr").get("engine").asText().startsWith("tesseract"), health.toString());
    }

    @Test
    @Order(6)
    void aSecondIndexOfTheSameFilesTakesTheOcrTextFromTheCache() throws IOException {
        long runs = ocr.tesseractRuns();
        Path index2 = WORK.resolve("index2");
        try (IndexStore second = IndexStore.openWritable(index2, "test", org.klangru.analysis.AnalyzerChoice.KLANGRU)) {
            IngestReport again = new Ingestor(second, new TikaExtractor(ExtractionLimits.DEFAULT, ocr),
                    new PassageLabeler(Taxonomy.loadDefault()), 2).ingest(CORPUS);
            assertEquals(3, again.added(), again.summary());
            assertEquals(runs, ocr.tesseractRuns(), "Tesseract ran again although the cache holds both files");
            assertEquals(texts(store, SCANNED), texts(second, SCANNED));
            assertEquals(texts(store, IMAGE), texts(second, IMAGE));
        }
    }

    private static List<String> texts(PassageIndex s, String source) throws IOException {
        DocumentBrowser b = new DocumentBrowser(s);
        String id = b.list(1, 100).documents().stream().filter(d -> d.source().equals(source)).findFirst().orElseThrow().id();
        return b.passages(id).stream().map(PassageRecord::text).toList();
    }

    private static Path corpus(Path target) {
        List<String> resources = new java.util.ArrayList<>();
        for (String name : List.of(SCANNED, IMAGE)) {
            resources.add("/ocr/" + name);
        }
        resources.add("/corpus-e2e/km-plan.txt");
        return TestCorpora.copyFiles(target, resources.toArray(String[]::new));
    }
}
