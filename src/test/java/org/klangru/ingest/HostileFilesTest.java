package org.klangru.ingest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.klangru.TestCorpora;
import org.klangru.analysis.AnalyzerChoice;
import org.klangru.index.DocumentRecord;
import org.klangru.index.IndexStore;
import org.klangru.index.PassageRecord;
import org.klangru.ingest.ocr.OcrEngine;
import org.klangru.search.DocumentBrowser;
import org.klangru.search.SearchHit;
import org.klangru.search.SearchRequest;
import org.klangru.search.SnippetSearcher;
import org.klangru.taxonomy.Taxonomy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Hostile files made at test time go through isolated extraction (worker JVMs) with the good files: each hostile
 * file is reported with its reason, every good file is indexed and found, and the run ends in bounded time. A
 * file that hangs a parser or exhausts its memory costs its worker, not the ingest.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileFilesTest {
    static final String SENTENCE = FormatIngestionTest.SENTENCE;
    static final String THAI_NAME = "รายงาน การจัดการ ความรู้ ฉบับที่ 1.docx";
    static final List<String> GOOD = List.of("sample.pdf", "sample.docx", "sample.odt", "sample.html", "sample.rtf",
            "sample.txt", THAI_NAME, "external-entity.xml");
    /** What a zip bomb inflates to: far past any heap a worker has. */
    static final long BOMB_BYTES = 1L << 30;

    Path work;
    Path corpus;
    Path seeds;
    IndexStore store;
    TikaExtractor extractor;
    IngestReport report;

    @BeforeAll
    void makeHostileCorpusAndIngest() throws IOException {
        work = Files.createTempDirectory("klangru-hostile");
        seeds = TestCorpora.copy("formats", work.resolve("seeds"));
        corpus = Files.createDirectories(work.resolve("corpus"));
        for (String good : GOOD) {
            if (Files.exists(seeds.resolve(good))) {
                Files.copy(seeds.resolve(good), corpus.resolve(good));
            }
        }
        Files.copy(seeds.resolve("sample.docx"), corpus.resolve(THAI_NAME));
        HostileFiles.externalEntityXml(corpus.resolve("external-entity.xml"), SENTENCE);
        HostileFiles.truncatedPdf(seeds.resolve("sample.pdf"), corpus.resolve("truncated.pdf"));
        HostileFiles.encryptedPdf(seeds.resolve("sample.pdf"), corpus.resolve("encrypted.pdf"));
        HostileFiles.zipBombDocx(seeds.resolve("sample.docx"), corpus.resolve("zip-bomb.docx"), BOMB_BYTES);
        HostileFiles.junk(corpus.resolve("junk.pdf"), 200_000);
        Files.write(corpus.resolve("zero.pdf"), new byte[0]);

        store = IndexStore.openWritable(work.resolve("index"), "test", AnalyzerChoice.KLANGRU);
        extractor = isolated(512, Duration.ofSeconds(60));
        report = new Ingestor(store, extractor, new PassageLabeler(Taxonomy.loadDefault()), 2).ingest(corpus);
    }

    @AfterAll
    void close() throws IOException {
        extractor.close();
        store.close();
    }

    static TikaExtractor isolated(int heapMb, Duration timeout) {
        return new TikaExtractor(ExtractionLimits.DEFAULT, OcrEngine.disabled(), ExtractionIsolation.process(heapMb, timeout));
    }

    @ParameterizedTest
    @CsvSource({"truncated.pdf, CORRUPT", "encrypted.pdf, ENCRYPTED", "zip-bomb.docx, ZIP_BOMB", "junk.pdf, CORRUPT",
            "zero.pdf, EMPTY"})
    void eachHostileFileIsReportedWithItsReason(String file, FailureReason reason) {
        IngestReport.Failure f = failures(report).get(file);
        assertNotNull(f, file + " not reported: " + report.summary());
        assertEquals(reason, f.reason(), f.message());
        assertTrue(f.message().startsWith(reason.describe(null)), f.message());
    }

    @Test
    void nothingElseIsLost() throws IOException {
        assertEquals(5, report.failures().size(), report.summary());
        assertEquals(GOOD.size(), report.added(), report.summary());
        Set<String> indexed = new DocumentBrowser(store).list(1, 100).documents().stream()
                .map(DocumentRecord::source).collect(Collectors.toSet());
        assertEquals(Set.copyOf(GOOD), indexed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sample.pdf", "sample.docx", "sample.odt", "sample.html", "sample.rtf", "sample.txt", THAI_NAME,
            "external-entity.xml"})
    void everyGoodFileIsSearchable(String file) throws IOException {
        SearchRequest r = new SearchRequest(SENTENCE, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                SearchRequest.Order.RELEVANCE, 1, 50);
        Set<String> sources = new HashSet<>();
        for (SearchHit h : new SnippetSearcher(store).search(r).hits()) {
            sources.add(h.source());
            sources.addAll(h.alsoIn());
        }
        assertTrue(sources.contains(file), sources.toString());
    }

    @Test
    void theExternalEntityIsNotResolved() throws IOException {
        DocumentBrowser browser = new DocumentBrowser(store);
        DocumentRecord xml = browser.list(1, 100).documents().stream()
                .filter(d -> d.source().equals("external-entity.xml")).findFirst().orElseThrow();
        String text = browser.passages(xml.id()).stream().map(PassageRecord::text).collect(Collectors.joining("\n"));
        assertTrue(text.contains("การจัดการความรู้"), text);
        assertFalse(text.contains("root:"), "/etc/passwd leaked into the index: " + text);
        SearchRequest r = new SearchRequest("root", List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                SearchRequest.Order.RELEVANCE, 1, 10);
        assertEquals(List.of(), new SnippetSearcher(store).search(r).hits());
    }

    @Test
    void theRunEndsInBoundedTime() {
        assertTrue(report.elapsed().compareTo(Duration.ofSeconds(180)) < 0, report.summary());
    }

    /** Each file again, one at a time through the warm workers, timed: the table of docs/benchmarks.md. */
    @Test
    void hostileFileTable() throws IOException {
        Map<String, String> rows = new LinkedHashMap<>();
        List<Path> files;
        try (var s = Files.list(corpus)) {
            files = s.sorted().toList();
        }
        StringBuilder table = new StringBuilder("| file | size | outcome | time |\n|---|---:|---|---:|\n");
        for (Path f : files) {
            long t0 = System.nanoTime();
            String outcome;
            try {
                ExtractedDocument d = extractor.extract(f);
                outcome = "indexed (" + d.mediaType() + ", " + d.blocks().size() + " blocks)";
            } catch (ExtractionException e) {
                outcome = e.reason() + ": " + e.getMessage().lines().findFirst().orElse("");
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            rows.put(f.getFileName().toString(), outcome);
            table.append(String.format("| %s | %,d | %s | %d ms |%n", f.getFileName(), Files.size(f),
                    outcome.replace("|", "\\|"), ms));
        }
        System.out.println(table);
        Files.writeString(Path.of("target", "hostile-files.md"), table);
        assertTrue(rows.get("zip-bomb.docx").startsWith("ZIP_BOMB"), rows.toString());
    }

    /**
     * A per-file limit far below what a large real DOCX needs (no test hook in the product: only the setting). The
     * files are read in name order by one thread: the small one warms the worker, the large one times out and the
     * last one is read by a fresh worker.
     */
    @Test
    void aTimedOutFileIsRecordedAndNotParsedAgainUntilItChanges(@TempDir Path tmp) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("corpus"));
        Files.copy(seeds.resolve("sample.docx"), dir.resolve("a-small.docx"));
        HostileFiles.largeDocx(seeds.resolve("sample.docx"), dir.resolve("b-large.docx"), 120_000);
        Files.copy(seeds.resolve("sample.odt"), dir.resolve("c-small.odt"));
        try (IndexStore s = IndexStore.openWritable(tmp.resolve("index"), "test", AnalyzerChoice.KLANGRU)) {
            try (TikaExtractor impatient = isolated(256, Duration.ofSeconds(6))) {
                IngestReport first = ingest(s, impatient, dir);
                assertEquals(FailureReason.TIMEOUT, failures(first).get("b-large.docx").reason(), first.summary());
                assertEquals(2, first.added(), "the next file gets a fresh worker: " + first.summary());

                IngestReport second = ingest(s, impatient, dir);
                assertEquals(3, second.unchanged(), second.summary());
                assertEquals(FailureReason.TIMEOUT, failures(second).get("b-large.docx").reason(),
                        "reported again from the record: " + second.summary());
            }
            Files.copy(seeds.resolve("sample.rtf"), dir.resolve("b-large.docx"), StandardCopyOption.REPLACE_EXISTING);
            try (TikaExtractor patient = isolated(256, Duration.ofSeconds(60))) {
                IngestReport changed = ingest(s, patient, dir);
                assertEquals(1, changed.added(), changed.summary());
                assertEquals(List.of(), changed.failures(), changed.summary());
            }
        }
    }

    /** A DOCX under the zip-bomb ratio's grace size whose 90 MB part does not fit a small worker heap. */
    @Test
    void aFileThatExhaustsTheWorkersHeapCostsOnlyThatWorker(@TempDir Path tmp) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("corpus"));
        HostileFiles.zipBombDocx(seeds.resolve("sample.docx"), dir.resolve("a-heavy.docx"), 90L << 20);
        Files.copy(seeds.resolve("sample.docx"), dir.resolve("b-small.docx"));
        try (IndexStore s = IndexStore.openWritable(tmp.resolve("index"), "test", AnalyzerChoice.KLANGRU);
             TikaExtractor small = isolated(96, Duration.ofSeconds(120))) {
            IngestReport r = ingest(s, small, dir);
            assertEquals(FailureReason.OUT_OF_MEMORY, failures(r).get("a-heavy.docx").reason(), r.summary());
            assertEquals(1, r.added(), r.summary());
        }
    }

    @Test
    void workersEndWithTheExtractor() throws Exception {
        Set<Long> others = workers().stream().map(ProcessHandle::pid).collect(Collectors.toSet());
        TikaExtractor own = isolated(256, Duration.ofSeconds(60));
        own.extract(corpus.resolve("sample.docx"));
        List<ProcessHandle> mine = workers().stream().filter(p -> !others.contains(p.pid())).toList();
        assertEquals(1, mine.size(), "one worker for one file at a time");
        own.close();
        for (ProcessHandle p : mine) {
            p.onExit().get(20, java.util.concurrent.TimeUnit.SECONDS);
            assertFalse(p.isAlive());
        }
    }

    /** This JVM's child processes: its extraction workers (the tests start no others). */
    static List<ProcessHandle> workers() {
        return ProcessHandle.current().children().filter(ProcessHandle::isAlive).toList();
    }

    private static IngestReport ingest(IndexStore s, TikaExtractor x, Path dir) throws IOException {
        return new Ingestor(s, x, new PassageLabeler(Taxonomy.loadDefault()), 1).ingest(dir);
    }

    static Map<String, IngestReport.Failure> failures(IngestReport r) {
        return r.failures().stream().collect(Collectors.toMap(IngestReport.Failure::source, f -> f));
    }
}
