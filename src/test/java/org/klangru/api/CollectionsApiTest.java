package org.klangru.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.klangru.TestCorpora;
import org.klangru.TestHttp;
import org.klangru.collections.CollectionStore;
import org.klangru.ingest.Ingestor;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Collections through the real server and a real H2 database on disk: who may write and change, limits as 400s with a
 * message, an unknown passage as a 404, the order, notes, the private/public rule, and the audit log.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CollectionsApiTest implements TestPropertyProvider {
    static final String ALICE = "alice-token-0123456789abcdef";
    static final String BOB = "bob-token-abcdefghijklmnopqrstu";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path WORK = TestCorpora.tempDir("klangru-collections");
    private static final Path CORPUS = TestCorpora.copy("corpus-e2e", WORK.resolve("corpus"));
    private static final Path AUDIT = WORK.resolve("audit.log");
    private static final int MAX_ITEMS = 5;

    @Inject
    EmbeddedServer server;
    @Inject
    Ingestor ingestor;
    @Inject
    CollectionStore store;
    TestHttp http;
    List<String> passages = new ArrayList<>();

    @Override
    public Map<String, String> getProperties() {
        return Map.of("klangru.index.dir", WORK.resolve("index").toString(),
                "klangru.ingest.corpus", CORPUS.toString(),
                "klangru.security.tokens", "alice:" + ALICE + ",bob:" + BOB,
                "klangru.audit.file", AUDIT.toString(),
                "klangru.collections.max-items", String.valueOf(MAX_ITEMS),
                "micronaut.server.port", "-1");
    }

    @BeforeAll
    void ingest() throws IOException {
        ingestor.ingest(CORPUS);
        http = new TestHttp(server.getURI());
        for (JsonNode d : http.get("/api/documents").json().get("documents")) {
            for (JsonNode p : http.get("/api/documents/" + d.get("id").asText() + "/passages").json().get("passages")) {
                passages.add(p.get("passageId").asText());
            }
        }
        assertTrue(passages.size() >= MAX_ITEMS + 1, "the corpus has enough passages: " + passages);
    }

    static String[] auth(String token) {
        return new String[] {"Authorization", "Bearer " + token, "Content-Type", "application/json"};
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    TestHttp.Response send(String method, String path, Object body, String token) {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : json(body), StandardCharsets.UTF_8);
        return token == null
                ? http.send(method, path, publisher, "Content-Type", "application/json")
                : http.send(method, path, publisher, auth(token));
    }

    long create(String title, String visibility, String token) {
        TestHttp.Response r = send("POST", "/api/collections",
                Map.of("title", title, "description", "ตัวอย่างสำหรับการอบรม", "visibility", visibility), token);
        assertEquals(201, r.status(), r.body());
        return r.json().get("id").asLong();
    }

    TestHttp.Response pin(long id, String passageId, String note, String token) {
        return send("POST", "/api/collections/" + id + "/items", Map.of("passageId", passageId, "note", note), token);
    }

    @Test
    void createPinNoteAndReadBackWithSnapshotAndStatus() {
        TestHttp.Response created = send("POST", "/api/collections",
                Map.of("title", "ตัวอย่างการจัดการข้อร้องเรียน", "description", "ห้าตัวอย่างสำหรับรุ่นที่ 3", "visibility", "private"), ALICE);
        assertEquals(201, created.status(), created.body());
        long id = created.json().get("id").asLong();
        assertEquals("alice", created.json().get("owner").asText());
        assertEquals("private", created.json().get("visibility").asText());

        TestHttp.Response pinned = pin(id, passages.get(0), "ตัวอย่างนี้สอนเรื่องการตอบกลับภายใน 3 วัน", ALICE);
        assertEquals(201, pinned.status(), pinned.body());
        assertEquals("current", pinned.json().get("status").asText());
        assertFalse(pinned.json().at("/snapshot/text").asText().isBlank(), pinned.body());
        assertEquals(201, pin(id, passages.get(1), "", ALICE).status());

        TestHttp.Response read = http.get("/api/collections/" + id, "Authorization", "Bearer " + ALICE);
        assertEquals(200, read.status(), read.body());
        JsonNode items = read.json().get("items");
        assertEquals(2, items.size());
        assertEquals(passages.get(0), items.get(0).get("passageId").asText());
        assertEquals("ตัวอย่างนี้สอนเรื่องการตอบกลับภายใน 3 วัน", items.get(0).get("note").asText());
        assertEquals("current", items.get(0).get("status").asText());
        JsonNode snap = items.get(0).get("snapshot");
        for (String field : List.of("text", "heading", "title", "source", "page", "categories", "codes")) {
            assertTrue(snap.has(field), field + " in " + snap);
        }
        assertTrue(snap.get("source").asText().endsWith(".txt"), snap.toString());

        long itemId = items.get(1).get("id").asLong();
        TestHttp.Response noted = send("PATCH", "/api/collections/" + id + "/items/" + itemId,
                Map.of("note", "ใช้เปิดการอภิปราย"), ALICE);
        assertEquals(200, noted.status(), noted.body());
        assertEquals("ใช้เปิดการอภิปราย", noted.json().get("note").asText());
        assertEquals("ใช้เปิดการอภิปราย", http.get("/api/collections/" + id, "Authorization", "Bearer " + ALICE)
                .json().at("/items/1/note").asText());
    }

    @Test
    void reorderPutsItemsInTheGivenOrderAndRefusesAnIncompleteList() {
        long id = create("ลำดับ", "public", ALICE);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(pin(id, passages.get(i), "n" + i, ALICE).json().get("id").asLong());
        }
        List<Long> reversed = List.of(ids.get(2), ids.get(0), ids.get(1));
        TestHttp.Response r = send("PUT", "/api/collections/" + id + "/order", Map.of("itemIds", reversed), ALICE);
        assertEquals(200, r.status(), r.body());
        List<Long> now = new ArrayList<>();
        http.get("/api/collections/" + id).json().get("items").forEach(n -> now.add(n.get("id").asLong()));
        assertEquals(reversed, now);

        TestHttp.Response missing = send("PUT", "/api/collections/" + id + "/order", Map.of("itemIds", List.of(ids.get(0))), ALICE);
        assertEquals(400, missing.status(), missing.body());
        assertEquals("itemIds", missing.json().get("parameter").asText());
        assertTrue(missing.json().get("message").asText().contains(String.valueOf(ids.get(1))), missing.body());
        TestHttp.Response repeated = send("PUT", "/api/collections/" + id + "/order",
                Map.of("itemIds", List.of(ids.get(0), ids.get(0), ids.get(1), ids.get(2))), ALICE);
        assertEquals(400, repeated.status(), repeated.body());

        TestHttp.Response removed = send("DELETE", "/api/collections/" + id + "/items/" + ids.get(0), null, ALICE);
        assertEquals(204, removed.status(), removed.body());
        assertEquals(2, http.get("/api/collections/" + id).json().get("items").size());
        assertEquals(404, send("DELETE", "/api/collections/" + id + "/items/" + ids.get(0), null, ALICE).status());
    }

    @Test
    void writesWithoutOrWithAWrongTokenAre401AndOthersCollectionsAre403() {
        long id = create("ของอลิซ", "public", ALICE);
        long item = pin(id, passages.get(0), "", ALICE).json().get("id").asLong();
        for (String[] request : List.of(new String[] {"POST", "/api/collections"}, new String[] {"PATCH", "/api/collections/" + id},
                new String[] {"DELETE", "/api/collections/" + id}, new String[] {"POST", "/api/collections/" + id + "/items"},
                new String[] {"PUT", "/api/collections/" + id + "/order"},
                new String[] {"PATCH", "/api/collections/" + id + "/items/" + item})) {
            assertEquals(401, send(request[0], request[1], "{}", null).status(), String.join(" ", request));
            TestHttp.Response wrong = send(request[0], request[1], "{}", "wrong-token-0123456789abcdef");
            assertEquals(401, wrong.status(), String.join(" ", request));
            assertEquals("unauthorized", wrong.json().get("error").asText());
            TestHttp.Response bob = send(request[0], request[1], "{\"title\":\"x\",\"passageId\":\"" + passages.get(1)
                    + "\",\"note\":\"x\",\"itemIds\":[" + item + "]}", BOB);
            if (!request[1].equals("/api/collections")) {
                assertEquals(403, bob.status(), String.join(" ", request) + " " + bob.body());
                assertEquals("forbidden", bob.json().get("error").asText());
            }
        }
        assertEquals(403, send("DELETE", "/api/collections/" + id + "/items/" + item, null, BOB).status());
        assertEquals("ของอลิซ", http.get("/api/collections/" + id).json().get("title").asText(), "unchanged");
        assertEquals(1, http.get("/api/collections/" + id).json().get("items").size(), "unchanged");
    }

    @Test
    void privateCollectionsAreSeenByTheirOwnerOnly() {
        long mine = create("ส่วนตัวของอลิซ", "private", ALICE);
        long open = create("เปิดให้อ่าน", "public", ALICE);
        assertEquals(404, http.get("/api/collections/" + mine).status(), "anonymous");
        assertEquals(404, http.get("/api/collections/" + mine, "Authorization", "Bearer " + BOB).status(), "bob");
        assertEquals(200, http.get("/api/collections/" + open, "Authorization", "Bearer " + BOB).status());
        List<Long> bobSees = ids(http.get("/api/collections", "Authorization", "Bearer " + BOB));
        assertTrue(bobSees.contains(open) && !bobSees.contains(mine), bobSees.toString());
        List<Long> aliceSees = ids(http.get("/api/collections", "Authorization", "Bearer " + ALICE));
        assertTrue(aliceSees.contains(open) && aliceSees.contains(mine), aliceSees.toString());

        TestHttp.Response shared = send("PATCH", "/api/collections/" + mine, Map.of("visibility", "public"), ALICE);
        assertEquals(200, shared.status(), shared.body());
        assertEquals(200, http.get("/api/collections/" + mine).status());
        assertEquals(204, send("DELETE", "/api/collections/" + mine, null, ALICE).status());
        assertEquals(404, http.get("/api/collections/" + mine).status());
    }

    private static List<Long> ids(TestHttp.Response r) {
        assertEquals(200, r.status(), r.body());
        List<Long> out = new ArrayList<>();
        r.json().get("collections").forEach(c -> out.add(c.get("id").asLong()));
        return out;
    }

    @Test
    void limitsAndBadInputAre400WithAMessageAndNothingIsKept() {
        TestHttp.Response longTitle = send("POST", "/api/collections", Map.of("title", "ก".repeat(201)), ALICE);
        assertEquals(400, longTitle.status(), longTitle.body());
        assertEquals("title", longTitle.json().get("parameter").asText());
        assertTrue(longTitle.json().get("message").asText().contains("200"), longTitle.body());
        assertEquals(201, send("POST", "/api/collections", Map.of("title", "ก".repeat(200)), ALICE).status());
        assertEquals(400, send("POST", "/api/collections", Map.of("title", "  "), ALICE).status());
        TestHttp.Response vis = send("POST", "/api/collections", Map.of("title", "x", "visibility", "friends"), ALICE);
        assertEquals(400, vis.status());
        assertEquals("visibility", vis.json().get("parameter").asText());

        long id = create("ขีดจำกัด", "private", ALICE);
        TestHttp.Response longNote = pin(id, passages.get(0), "น".repeat(2001), ALICE);
        assertEquals(400, longNote.status(), longNote.body());
        assertEquals("note", longNote.json().get("parameter").asText());
        assertEquals(201, pin(id, passages.get(0), "น".repeat(2000), ALICE).status());
        TestHttp.Response twice = pin(id, passages.get(0), "", ALICE);
        assertEquals(409, twice.status(), twice.body());

        TestHttp.Response unknown = pin(id, "0123456789abcdef-0001", "", ALICE);
        assertEquals(404, unknown.status(), unknown.body());
        assertEquals("not_found", unknown.json().get("error").asText());
        assertEquals(404, pin(id, "not-a-passage", "", ALICE).status());
        assertEquals(400, send("POST", "/api/collections/" + id + "/items", Map.of("note", "x"), ALICE).status());

        for (int i = 1; i < MAX_ITEMS; i++) {
            assertEquals(201, pin(id, passages.get(i), "", ALICE).status());
        }
        TestHttp.Response full = pin(id, passages.get(MAX_ITEMS), "", ALICE);
        assertEquals(400, full.status(), full.body());
        assertTrue(full.json().get("message").asText().contains(String.valueOf(MAX_ITEMS)), full.body());
        assertEquals(MAX_ITEMS, http.get("/api/collections/" + id, "Authorization", "Bearer " + ALICE).json().get("items").size());

        assertEquals(400, http.get("/api/collections/abc").status());
        assertEquals("id", http.get("/api/collections/abc").json().get("parameter").asText());
        assertEquals(404, http.get("/api/collections/99999999").status());
        // the path ids are described as integers >= 1: anything else on a write is a 400 naming the id, before any change
        for (String[] bad : new String[][] {{"PATCH", "/api/collections/0", "id"}, {"DELETE", "/api/collections/-1", "id"},
                {"PUT", "/api/collections/zz/order", "id"}, {"POST", "/api/collections/0/items", "id"},
                {"PATCH", "/api/collections/" + id + "/items/0", "itemId"}, {"DELETE", "/api/collections/" + id + "/items/zz", "itemId"},
                {"DELETE", "/api/collections/" + id + "/items/99999999999999999999", "itemId"}}) {
            TestHttp.Response r = send(bad[0], bad[1], Map.of("note", "x", "title", "x", "itemIds", List.of()), ALICE);
            assertEquals(400, r.status(), bad[0] + " " + bad[1] + ": " + r.body());
            assertEquals(bad[2], r.json().get("parameter").asText(), bad[0] + " " + bad[1] + ": " + r.body());
        }
        assertEquals(MAX_ITEMS, http.get("/api/collections/" + id, "Authorization", "Bearer " + ALICE).json().get("items").size());
        TestHttp.Response badJson = send("POST", "/api/collections", "{\"title\": ", ALICE);
        assertEquals(400, badJson.status(), badJson.body());
        assertEquals("body", badJson.json().get("parameter").asText(), badJson.body());
        assertEquals("bad_request", badJson.json().get("error").asText());
        TestHttp.Response wrongType = send("PUT", "/api/collections/" + id + "/order", "{\"itemIds\": [\"x\"]}", ALICE);
        assertEquals(400, wrongType.status(), wrongType.body());
        assertEquals("body", wrongType.json().get("parameter").asText(), wrongType.body());
    }

    @Test
    void everyWriteIsInTheAuditLogWithTheTokensName() throws IOException {
        long id = create("บันทึกตรวจสอบ", "public", ALICE);
        pin(id, passages.get(0), "", ALICE);
        send("PATCH", "/api/collections/" + id, Map.of("title", "ใหม่"), BOB);
        List<String> lines = Files.readAllLines(AUDIT, StandardCharsets.UTF_8);
        assertTrue(lines.stream().anyMatch(l -> l.contains("\"collection.create\"") && l.contains("\"alice\"")
                && l.contains("collection/" + id + "\"")), String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.contains("\"collection.pin\"") && l.contains(passages.get(0))));
        assertTrue(lines.stream().anyMatch(l -> l.contains("\"bob\"") && l.contains("/api/collections/" + id + "\"")
                && l.contains("\"403\"")), String.join("\n", lines));
    }

    @Test
    void theDatabaseIsMigratedByFlywayUnderTheIndexFolder() {
        assertEquals("1", store.schemaVersion());
        assertEquals(WORK.resolve("index").resolve("collections"), store.dir());
        assertTrue(Files.isRegularFile(store.dir().resolve("collections.mv.db")));
    }
}
