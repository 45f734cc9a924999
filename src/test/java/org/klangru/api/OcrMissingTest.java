package org.klangru.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.klangru.TestCorpora;
import org.klangru.TestHttp;
import org.klangru.ingest.FailureReason;
import org.klangru.ingest.IngestReport;
import org.klangru.ingest.Ingestor;
import org.klangru.ingest.ocr.OcrEngine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Tesseract "missing" by configuration (a program path that does not exist): ingestion runs, the scans are
 * reported as needing OCR with the install command, the rest is indexed, and nothing crashes. Needs no Tesseract.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OcrMissingTest implements TestPropertyProvider {
    static final Set<String> SCANS = Set.of("seed004.scanned.pdf", "seed004.page1.png", "broken-layer.pdf");

    private static final Path WORK = TestCorpora.tempDir("klangru-ocr-missing");
    private static final Path CORPUS = corpus(WORK.resolve("corpus"));

    @Inject
    EmbeddedServer server;
    @Inject
    Ingestor ingestor;
    @Inject
    OcrEngine ocr;
    @Inject
    IngestStatus status;

    IngestReport first;
    IngestReport second;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("klangru.index.dir", WORK.resolve("index").toString(),
                "klangru.ingest.corpus", CORPUS.toString(),
                "klangru.ocr.tesseract-path", "/nonexistent/bin/tesseract",
                // in this JVM, so that the OCR engine counted below is the one extraction uses (not a worker's)
                "klangru.ingest.isolation", "in-process",
                "micronaut.server.port", "-1");
    }

    @BeforeAll
    void ingestTwice() throws IOException {
        first = ingestor.ingest(CORPUS);
        second = ingestor.ingest(CORPUS);
        status.record(second);
    }

    @Test
    void scansAreReportedAsNeedingOcrWithTheInstallCommand() {
        Map<String, IngestReport.Failure> failures = first.failures().stream()
                .collect(Collectors.toMap(IngestReport.Failure::source, f -> f));
        assertEquals(SCANS, failures.keySet(), first.summary());
        for (IngestReport.Failure f : failures.values()) {
            assertEquals(FailureReason.NEEDS_OCR, f.reason(), f.message());
            assertTrue(f.message().contains("/nonexistent/bin/tesseract"), f.message());
            assertTrue(f.message().contains("apt-get install tesseract-ocr tesseract-ocr-tha"), f.message());
        }
        assertTrue(first.summary().contains("apt-get install tesseract-ocr tesseract-ocr-tha"), first.summary());
        assertEquals(1, first.added(), first.summary());
        assertEquals(0, ocr.tesseractRuns());
    }

    @Test
    void withOcrStillMissingTheyAreReportedAgainNotRetried() {
        assertEquals(4, second.unchanged(), second.summary());
        assertEquals(SCANS, second.failures().stream().map(IngestReport.Failure::source).collect(Collectors.toSet()));
    }

    @Test
    void theServerRunsAndHealthNamesTheFiles() {
        TestHttp http = new TestHttp(server.getURI());
        JsonNode health = http.get("/api/health").json();
        assertEquals("UP", health.get("status").asText());
        assertEquals(1, health.get("documents").asInt());
        Set<String> reasons = new java.util.HashSet<>();
        health.get("lastIngest").get("failures").forEach(f -> reasons.add(f.get("reason").asText()));
        assertEquals(Set.of("NEEDS_OCR"), reasons, health.toString());
        assertFalse(health.get("ocr").get("available").asBoolean(), health.toString());
        assertTrue(health.get("ocr").get("problem").asText().contains("apt-get install tesseract-ocr"), health.toString());
        assertTrue(http.get("/api/snippets", Map.of("q", "การจัดการความรู้")).json().get("total").asInt() >= 1);
    }

    private static Path corpus(Path target) {
        List<String> resources = new java.util.ArrayList<>();
        for (String name : SCANS) {
            resources.add("/ocr/" + name);
        }
        resources.add("/corpus-e2e/km-plan.txt");
        return TestCorpora.copyFiles(target, resources.toArray(String[]::new));
    }
}
