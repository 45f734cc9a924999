package org.klangru.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.klangru.Eventually;
import org.klangru.TestCorpora;
import org.klangru.TestHttp;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.*;

/**
 * {@code kill -9} of a real {@code klangru serve} process while a client is writing collections: a new server on the
 * same index folder has every collection, item and note whose write was answered before the kill, the database opens
 * without repair, and takes new writes.
 */
class CollectionsCrashTest {
    static final String TOKEN = "alice-token-0123456789abcdef";
    /** The kill waits for at least this many answered writes, so that real work must survive it. */
    static final int ANSWERED_BEFORE_KILL = 60;
    static final List<String> SETTINGS = List.of("klangru.security.tokens=alice:" + TOKEN,
            "klangru.ocr.enabled=false", "klangru.ingest.isolation=in-process");

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static KlangruProcess serve(Path logs, String name, Path corpus, Path index, int port) throws IOException {
        return KlangruProcess.start(logs, name, SETTINGS, "serve", "--corpus", corpus.toString(),
                "--index", index.toString(), "--port", String.valueOf(port));
    }

    private static TestHttp awaitUp(KlangruProcess p, int port) {
        TestHttp http = new TestHttp(URI.create("http://localhost:" + port)).ownConnections();
        Eventually.await(Duration.ofSeconds(180), "the server answers /api/health", () -> {
            assertTrue(p.process.isAlive(), "the server exited");
            try {
                return http.get("/api/health").status() == 200;
            } catch (AssertionError e) {
                return false; // not listening yet
            }
        });
        return http;
    }

    private static String[] auth() {
        return new String[] {"Authorization", "Bearer " + TOKEN, "Content-Type", "application/json"};
    }

    private static TestHttp.Response send(TestHttp http, String method, String path, String json) {
        return http.send(method, path, HttpRequest.BodyPublishers.ofString(json), auth());
    }

    @Test
    void killDashNineDuringWritesLosesNoAnsweredWrite(@TempDir Path tmp) throws Exception {
        Path corpus = TestCorpora.copy("corpus-e2e", tmp.resolve("corpus"));
        Path index = tmp.resolve("index");
        Path logs = tmp.resolve("logs");
        int port = freePort();
        KlangruProcess first = serve(logs, "first", corpus, index, port);
        TestHttp http = awaitUp(first, port);

        List<String> passages = new ArrayList<>();
        for (JsonNode d : http.get("/api/documents").json().get("documents")) {
            http.get("/api/documents/" + d.get("id").asText() + "/passages").json().get("passages")
                    .forEach(p -> passages.add(p.get("passageId").asText()));
        }
        TestHttp.Response made = send(http, "POST", "/api/collections", "{\"title\":\"ก่อนล่ม\",\"visibility\":\"private\"}");
        assertEquals(201, made.status(), made.body());
        long main = made.json().get("id").asLong();
        TestHttp.Response pinned = send(http, "POST", "/api/collections/" + main + "/items",
                "{\"passageId\":\"" + passages.get(0) + "\",\"note\":\"บันทึก 0\"}");
        assertEquals(201, pinned.status(), pinned.body());
        long item = pinned.json().get("id").asLong();

        // the client writes as fast as it is answered: new collections, pins into them, and the note of one item
        Map<Long, String> answeredCollections = new ConcurrentHashMap<>();
        Set<String> answeredPins = ConcurrentHashMap.newKeySet();
        AtomicInteger lastAnsweredNote = new AtomicInteger(0);
        AtomicInteger answered = new AtomicInteger();
        Thread writer = new Thread(() -> {
            try {
                for (int i = 1; ; i++) {
                    TestHttp.Response c = send(http, "POST", "/api/collections", "{\"title\":\"ชุดที่ " + i + "\"}");
                    if (c.status() != 201) {
                        return;
                    }
                    long cid = c.json().get("id").asLong();
                    answeredCollections.put(cid, "ชุดที่ " + i);
                    String passage = passages.get(i % passages.size());
                    if (send(http, "POST", "/api/collections/" + cid + "/items",
                            "{\"passageId\":\"" + passage + "\",\"note\":\"หมายเหตุ " + i + "\"}").status() == 201) {
                        answeredPins.add(cid + " " + passage + " หมายเหตุ " + i);
                    }
                    if (send(http, "PATCH", "/api/collections/" + main + "/items/" + item,
                            "{\"note\":\"บันทึก " + i + "\"}").status() == 200) {
                        lastAnsweredNote.set(i);
                    }
                    answered.addAndGet(3);
                }
            } catch (AssertionError e) {
                // the server died under the request: that write was never answered
            }
        });
        writer.start();
        Eventually.await(Duration.ofSeconds(120), ANSWERED_BEFORE_KILL + " answered writes", () -> answered.get() >= ANSWERED_BEFORE_KILL);
        first.process.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, the database is not closed
        assertTrue(first.process.waitFor(30, TimeUnit.SECONDS));
        assertEquals(137, first.process.exitValue(), "killed by SIGKILL");
        writer.join(TimeUnit.SECONDS.toMillis(150));
        assertFalse(writer.isAlive());
        int noteBeforeKill = lastAnsweredNote.get();

        KlangruProcess second = serve(logs, "second", corpus, index, port);
        try {
            TestHttp after = awaitUp(second, port);
            Map<Long, String> titles = new java.util.HashMap<>();
            for (JsonNode c : after.get("/api/collections", "Authorization", "Bearer " + TOKEN).json().get("collections")) {
                titles.put(c.get("id").asLong(), c.get("title").asText());
            }
            for (Map.Entry<Long, String> e : answeredCollections.entrySet()) {
                assertEquals(e.getValue(), titles.get(e.getKey()), "collection " + e.getKey() + " survived");
            }
            Set<String> pinsAfter = new HashSet<>();
            for (long cid : answeredCollections.keySet()) {
                JsonNode items = after.get("/api/collections/" + cid, "Authorization", "Bearer " + TOKEN).json().get("items");
                items.forEach(i -> pinsAfter.add(cid + " " + i.get("passageId").asText() + " " + i.get("note").asText()));
            }
            assertTrue(pinsAfter.containsAll(answeredPins), "every answered pin survived");
            JsonNode note = after.get("/api/collections/" + main, "Authorization", "Bearer " + TOKEN).json().at("/items/0/note");
            int noteAfter = Integer.parseInt(note.asText().replace("บันทึก ", ""));
            // the note is the last answered one, or the one whose answer the kill cut off
            assertTrue(noteAfter == noteBeforeKill || noteAfter == noteBeforeKill + 1, noteAfter + " vs " + noteBeforeKill);

            TestHttp.Response again = send(after, "POST", "/api/collections", "{\"title\":\"หลังล่ม\"}");
            assertEquals(201, again.status(), again.body());
            assertFalse(answeredCollections.containsKey(again.json().get("id").asLong()), "ids are not reused");
        } finally {
            second.process.destroy();
            second.process.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
