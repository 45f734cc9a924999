package org.klangru.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.klangru.Eventually;
import org.klangru.TestCorpora;
import org.klangru.TestHttp;
import org.klangru.ingest.IngestProgress;
import org.klangru.ingest.IngestRunner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.*;

/**
 * {@code POST /api/reindex} runs the ingest in the background: health says so while it runs and shows the new
 * counts after; searches keep answering meanwhile, and documents become searchable before the run ends.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReindexApiTest implements TestPropertyProvider {
    private static final Path SEEDS = Path.of("..", "shared", "corpus", "seeds");
    private static final int NEWS_FILES = 300;
    private static final Path WORK = TestCorpora.tempDir("klangru-reindex");
    private static final Path CORPUS = TestCorpora.copy("corpus-e2e", WORK.resolve("corpus"));
    private static final Duration LIMIT = Duration.ofMinutes(5);

    @Inject
    EmbeddedServer server;
    @Inject
    IngestRunner runner;
    TestHttp http;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("klangru.index.dir", WORK.resolve("index").toString(),
                "klangru.ingest.corpus", CORPUS.toString(),
                "klangru.security.tokens", WRITER,
                "micronaut.server.port", "-1");
    }

    /** The administrator's token entry ({@code name:token}) these tests configure; writing routes need it. */
    static final String WRITER = "ops:reindex-token-0123456789abcdef";

    /** Headers of a writing request: the configured bearer token. */
    static Map<String, String> writeHeaders() {
        return Map.of("Authorization", "Bearer " + WRITER.substring(WRITER.indexOf(':') + 1));
    }

    @BeforeAll
    void firstSync() throws IOException {
        runner.runNow(IngestProgress.NONE);
        http = new TestHttp(server.getURI());
    }

    @Test
    @Order(1)
    void reindexRunsInTheBackgroundAndHealthShowsTheNewCounts() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(SEEDS.resolve("formats")), "needs ../shared/corpus/seeds");
        JsonNode before = http.get("/api/health").json();
        long runs = http.get("/api/reindex").json().get("runs").asLong();
        Files.copy(SEEDS.resolve("formats/seed001.odt"), CORPUS.resolve("seed001.odt"));

        TestHttp.Response started = http.post("/api/reindex", writeHeaders());
        assertEquals(202, started.status(), started.body());
        assertTrue(started.json().get("running").asBoolean(), started.body());

        Eventually.await(LIMIT, "the run finished", () -> http.get("/api/reindex").json().get("runs").asLong() > runs);
        JsonNode after = http.get("/api/health").json();
        assertFalse(after.get("indexing").asBoolean(), after.toString());
        assertEquals(before.get("documents").asInt() + 1, after.get("documents").asInt(), after.toString());
        assertTrue(after.get("passages").asInt() > before.get("passages").asInt(), after.toString());
        assertEquals(1, after.at("/lastIngest/added").asInt(), after.toString());
        assertEquals(0, after.at("/lastIngest/failures").size(), after.toString());
        assertTrue(http.get("/api/snippets", Map.of("q", "นักจัดการงานทั่วไป", "source", "seed001.odt"))
                .json().get("total").asInt() > 0);
    }

    @Test
    @Order(2)
    void searchesKeepAnsweringWhileHundredsOfNewsFilesAreIngested() throws Exception {
        TestCorpora.newsLike(CORPUS.resolve("bulk"), NEWS_FILES);
        JsonNode before = http.get("/api/health").json();
        int documentsBefore = before.get("documents").asInt();
        long runs = http.get("/api/reindex").json().get("runs").asLong();

        TestHttp.Response started = http.post("/api/reindex", writeHeaders());
        assertEquals(202, started.status(), started.body());
        TestHttp.Response again = http.post("/api/reindex", writeHeaders());
        assertEquals(202, again.status(), "a request during a run is queued, not refused: " + again.body());
        assertTrue(again.json().get("running").asBoolean(), again.body());

        AtomicBoolean done = new AtomicBoolean();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<?>> running = new ArrayList<>();
        String[] queries = {"การจัดการความรู้", "นายกรัฐมนตรี", "ประชุม", "ข้อร้องเรียน"};
        for (String q : queries) {
            running.add(clients.submit(() -> {
                while (!done.get()) {
                    int status = http.get("/api/snippets", Map.of("q", q, "size", "10")).status();
                    statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                }
                return null;
            }));
        }
        boolean sawIndexing = false;
        int largestDuringRun = documentsBefore;
        try {
            // the follow-up queued above makes two runs: the second finds nothing new, so both together end
            long deadline = System.nanoTime() + LIMIT.toNanos();
            while (http.get("/api/reindex").json().get("runs").asLong() < runs + 2) {
                assertTrue(System.nanoTime() < deadline, "the runs did not finish within " + LIMIT);
                JsonNode health = http.get("/api/health").json();
                if (health.get("indexing").asBoolean()) {
                    sawIndexing = true;
                    if (health.at("/ingestRun/runs").asLong() == runs) { // the first run, not yet committed at its end
                        largestDuringRun = Math.max(largestDuringRun, health.get("documents").asInt());
                    }
                }
            }
        } finally {
            done.set(true);
            for (Future<?> f : running) {
                f.get();
            }
            clients.shutdown();
        }
        JsonNode after = http.get("/api/health").json();
        assertEquals(Map.of(200, statuses.get(200).get()).keySet(), statuses.keySet(), "every search answered 200: " + statuses);
        assertTrue(statuses.get(200).get() > 0);
        assertTrue(sawIndexing, "health said indexing: true during the run");
        assertTrue(largestDuringRun > documentsBefore,
                "documents became searchable during the run, before its final commit");
        int unreadable = after.at("/lastIngest/failures").size(); // e.g. an empty news item, reported
        assertEquals(documentsBefore + NEWS_FILES, after.get("documents").asInt() + unreadable, after.toString());
    }
}
