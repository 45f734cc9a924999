package org.klangru.api;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.klangru.Eventually;
import org.klangru.TestCorpora;
import org.klangru.TestHttp;
import org.klangru.ingest.IngestProgress;
import org.klangru.ingest.IngestRunner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * With {@code klangru.ingest.watch} on, files copied into, changed in and removed from the corpus folder of a
 * running server are searchable (or gone) without a restart. Real seed documents, real Tika, real HTTP.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WatchedFolderTest implements TestPropertyProvider {
    private static final Path SEEDS = Path.of("..", "shared", "corpus", "seeds");
    private static final Path WORK = TestCorpora.tempDir("klangru-watch");
    private static final Path CORPUS = TestCorpora.copy("corpus-e2e", WORK.resolve("corpus"));
    private static final Duration LIMIT = Duration.ofSeconds(90);

    @Inject
    EmbeddedServer server;
    @Inject
    IngestRunner runner;
    TestHttp http;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("klangru.index.dir", WORK.resolve("index").toString(),
                "klangru.ingest.corpus", CORPUS.toString(),
                "klangru.ingest.watch", "true",
                "klangru.ingest.watch-debounce-ms", "300",
                "klangru.ingest.threads", "1",
                "micronaut.server.port", "-1");
    }

    @BeforeAll
    void firstSync() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(SEEDS.resolve("formats")), "needs ../shared/corpus/seeds");
        runner.runNow(IngestProgress.NONE); // as serve does before it listens
        http = new TestHttp(server.getURI());
        assertTrue(http.get("/api/health").json().path("watching").asBoolean(), "the folder is watched");
    }

    @Test
    void aDocumentCopiedIntoANewSubFolderIsFound() throws IOException {
        Path folder = Files.createDirectories(CORPUS.resolve("ใหม่/ลึก"));
        Files.copy(SEEDS.resolve("formats/seed001.docx"), folder.resolve("seed001.docx"));
        Eventually.await(LIMIT, "the copied DOCX found", () -> hits("นักจัดการงานทั่วไป", "ใหม่/ลึก/seed001.docx") > 0);
    }

    @Test
    void aChangedFileIsFoundByItsNewTextAndNotByItsOld() throws IOException {
        Path note = CORPUS.resolve("note.txt");
        Files.copy(seedText("000_"), note);
        Eventually.await(LIMIT, "the first text found", () -> hits("เชียงราย", "note.txt") > 0);

        Files.writeString(note, Files.readString(seedText("004_")));
        Eventually.await(LIMIT, "the new text found", () -> hits("อารีย์พันธ์ เจริญสุข", "note.txt") > 0);
        assertEquals(0, hits("เชียงราย", "note.txt"), "the old text is gone with the change");
    }

    @Test
    void aRemovedFilesPassagesDisappear() throws IOException {
        Path html = CORPUS.resolve("seed002.html");
        Files.copy(SEEDS.resolve("formats/seed002.html"), html);
        Eventually.await(LIMIT, "the HTML found", () -> hits("กรมการขนส่งทางบก", "seed002.html") > 0);

        Files.delete(html);
        Eventually.await(LIMIT, "the removed file's passages gone", () -> hits("กรมการขนส่งทางบก", "seed002.html") == 0);
        assertEquals(404, http.get("/api/documents/" + documentId("seed002.html")).status());
    }

    @Test
    void filesBeingWrittenAndLockFilesAreNotIndexed() throws IOException {
        Files.copy(seedText("003_"), CORPUS.resolve("sop-copy.txt.part"));
        Files.copy(seedText("003_"), CORPUS.resolve(".~lock.sop.docx#"));
        Files.copy(SEEDS.resolve("formats/seed003.docx"), CORPUS.resolve("seed003.docx"));
        Eventually.await(LIMIT, "the DOCX found", () -> hits("มาตรฐานการปฏิบัติงาน", "seed003.docx") > 0);
        String listing = http.get("/api/documents?size=100").body();
        assertFalse(listing.contains(".part"), listing);
        assertFalse(listing.contains(".~lock"), listing);
    }

    private int hits(String q, String source) {
        TestHttp.Response r = http.get("/api/snippets", Map.of("q", q, "source", source));
        assertEquals(200, r.status(), r.body());
        return r.json().get("total").asInt();
    }

    private static String documentId(String source) {
        return org.klangru.ingest.Fingerprints.documentId(source);
    }

    private static Path seedText(String prefix) throws IOException {
        try (var files = Files.list(SEEDS)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        }
    }
}
