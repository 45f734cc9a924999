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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.klangru.Multipart;
import org.klangru.TestCorpora;
import org.klangru.TestHttp;
import org.klangru.ingest.Ingestor;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Uploads and deletes through the real server with tokens configured: who may write, what is taken, where it is
 * saved, that it is searchable as soon as the answer comes, and that every write is in the audit log.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UploadApiTest implements TestPropertyProvider {
    static final Path SEEDS = Path.of("..", "shared", "corpus", "seeds", "formats");
    private static final String TOKEN = "alice-token-0123456789abcdef";
    private static final String OTHER = "bob-token-abcdefghijklmnopqrstu";
    private static final long MAX_FILE = 700_000;
    private static final Path WORK = TestCorpora.tempDir("klangru-upload");
    private static final Path CORPUS = TestCorpora.copy("corpus-e2e", WORK.resolve("corpus"));
    private static final Path AUDIT = WORK.resolve("logs").resolve("audit.log");

    @Inject
    EmbeddedServer server;
    @Inject
    Ingestor ingestor;
    TestHttp http;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("klangru.index.dir", WORK.resolve("index").toString(),
                "klangru.ingest.corpus", CORPUS.toString(),
                "klangru.security.tokens", "alice:" + TOKEN + ",bob:" + OTHER,
                "klangru.upload.max-file-bytes", String.valueOf(MAX_FILE),
                "klangru.upload.max-request-bytes", String.valueOf(3 * MAX_FILE),
                "klangru.audit.file", AUDIT.toString(),
                "micronaut.server.port", "-1");
    }

    @BeforeAll
    void ingest() throws IOException {
        ingestor.ingest(CORPUS);
        http = new TestHttp(server.getURI());
    }

    private static String[] bearer(String token) {
        return new String[] {"Authorization", "Bearer " + token};
    }

    private TestHttp.Response upload(Multipart form) {
        return http.post("/api/documents", form, bearer(TOKEN));
    }

    private static byte[] seed(String name) throws IOException {
        return Files.readAllBytes(SEEDS.resolve(name));
    }

    /** Text no other test uploads, so that it is never a duplicate. */
    private static byte[] uniqueText(String words) {
        return (words + " การจัดการความรู้ของหน่วยงาน รหัส " + UUID.randomUUID() + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private int documentCount() {
        return http.get("/api/health").json().get("documents").asInt();
    }

    @Test
    void healthSaysUploadsAreOnAndReadsOpen() {
        TestHttp.Response r = http.get("/api/health");
        assertEquals(200, r.status());
        assertTrue(r.json().get("uploadsEnabled").asBoolean());
        assertFalse(r.json().get("readRequiresToken").asBoolean());
        assertEquals(200, http.get("/api/documents").status(), "reads stay open without a token");
        assertEquals(200, http.get("/").status(), "the web page stays public");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"POST /api/documents", "DELETE /api/documents/0123456789abcdef", "POST /api/reindex",
            "PUT /api/documents/0123456789abcdef"})
    void writeRouteWithoutOrWithWrongTokenIs401(String route) {
        String method = route.split(" ")[0], path = route.split(" ")[1];
        for (String[] headers : List.of(new String[0], bearer("wrong-token-0123456789abcdef"), bearer(""),
                new String[] {"Authorization", "Basic YWxpY2U6c2VjcmV0"})) {
            TestHttp.Response r = http.send(method, path, HttpRequest.BodyPublishers.noBody(), headers);
            assertEquals(401, r.status(), route + " " + String.join(" ", headers) + ": " + r.body());
            assertTrue(r.contentType().contains("json"), r.contentType());
            assertEquals("unauthorized", r.json().get("error").asText());
            assertTrue(r.json().get("message").asText().contains("Bearer"), r.body());
        }
    }

    @Test
    void writeRoutesWithTheRightTokenAreAllowed() {
        TestHttp.Response up = upload(new Multipart().file("files", "ok.txt", "text/plain", uniqueText("อนุญาต")));
        assertEquals(201, up.status(), up.body());
        String id = up.json().at("/files/0/documentId").asText();
        TestHttp.Response del = http.send("DELETE", "/api/documents/" + id, HttpRequest.BodyPublishers.noBody(), bearer(OTHER));
        assertEquals(200, del.status(), del.body());
        // a write route that does not exist (yet) is a 404 only once the caller is allowed
        TestHttp.Response other = http.send("POST", "/api/reindex", HttpRequest.BodyPublishers.noBody(), bearer(TOKEN));
        assertNotEquals(401, other.status(), other.body());
        assertNotEquals(403, other.status(), other.body());
    }

    @Test
    void thaiNamedPdfIsSavedAndFoundRightAfterThe201() throws IOException {
        TestHttp.Response r = upload(new Multipart().file("files", "รายงาน ศึกษาดูงาน.pdf", "application/pdf", seed("seed000.pdf")));
        assertEquals(201, r.status(), r.body());
        JsonNode f = r.json().at("/files/0");
        assertEquals("indexed", f.get("status").asText());
        assertEquals("uploads/รายงาน ศึกษาดูงาน.pdf", f.get("savedAs").asText());
        assertEquals("application/pdf", f.get("type").asText());
        assertTrue(f.get("passages").asInt() > 0, r.body());
        assertTrue(Files.isRegularFile(CORPUS.resolve("uploads").resolve("รายงาน ศึกษาดูงาน.pdf")));

        TestHttp.Response hits = http.get("/api/snippets", Map.of("q", "เชียงราย", "source", "uploads/"));
        assertEquals(200, hits.status(), hits.body());
        assertTrue(hits.json().get("total").asInt() > 0, hits.body());
        assertEquals(f.get("documentId").asText(), hits.json().at("/hits/0/documentId").asText());
        assertEquals(200, http.get("/api/documents/" + f.get("documentId").asText()).status());
    }

    @Test
    void severalFilesInOneRequest() throws IOException {
        TestHttp.Response r = upload(new Multipart()
                .file("files", "seed001.docx", "application/octet-stream", seed("seed001.docx"))
                .file("files", "seed002.html", "text/html", seed("seed002.html"))
                .file("files", "seed003.doc", "application/msword", seed("seed003.doc")));
        assertEquals(201, r.status(), r.body());
        assertEquals(3, r.json().get("indexed").asInt(), r.body());
        assertEquals(3, r.json().get("files").size());
        for (JsonNode f : r.json().get("files")) {
            assertEquals("indexed", f.get("status").asText(), f.toString());
            assertTrue(Files.isRegularFile(CORPUS.resolve(f.get("savedAs").asText())), f.toString());
        }
    }

    @Test
    void pdfNameOnJunkOrAnExecutableIsRejectedWithTheDetectedType() {
        byte[] junk = new byte[4096];
        new java.util.Random(7).nextBytes(junk);
        byte[] elf = new byte[512];
        System.arraycopy(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0}, 0, elf, 0, 8);
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        for (Map.Entry<String, byte[]> c : Map.of("junk.pdf", junk, "tool.pdf", elf, "setup.pdf", exe).entrySet()) {
            TestHttp.Response r = upload(new Multipart().file("files", c.getKey(), "application/pdf", c.getValue()));
            assertEquals(415, r.status(), c.getKey() + ": " + r.body());
            JsonNode f = r.json().at("/files/0");
            assertEquals("rejected", f.get("status").asText());
            assertNotEquals("application/pdf", f.get("type").asText());
            assertTrue(f.get("message").asText().contains(f.get("type").asText()), r.body());
            assertEquals("rejected", r.json().get("error").asText());
            assertFalse(Files.exists(CORPUS.resolve("uploads").resolve(c.getKey())));
        }
    }

    @Test
    void fileOverTheLimitIs413() {
        byte[] big = new byte[(int) MAX_FILE + 50_000];
        java.util.Arrays.fill(big, (byte) 'a');
        TestHttp.Response r = http.ownConnections().post("/api/documents",
                new Multipart().file("files", "ใหญ่.txt", "text/plain", big), bearer(TOKEN));
        assertEquals(413, r.status(), r.body());
        assertTrue(r.contentType().contains("json"), r.contentType());
        assertFalse(r.json().get("message").asText().isBlank());
    }

    @Test
    void requestOverTheLimitIs413WithoutReadingIt() {
        Multipart form = new Multipart();
        byte[] part = new byte[(int) MAX_FILE - 10_000];
        for (int i = 0; i < 5; i++) {
            java.util.Arrays.fill(part, (byte) ('a' + i));
            form.file("files", "part" + i + ".txt", "text/plain", part);
        }
        // the server answers before reading the body; that connection is not reused
        TestHttp.Response r = http.ownConnections().post("/api/documents", form, bearer(TOKEN));
        assertEquals(413, r.status(), r.body());
        assertTrue(r.contentType().contains("json"), r.contentType());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"../../etc/passwd", "..\\evil.txt", "/abs/path.txt", "..", ".hidden.txt", "a\u0000b\u202e.txt"})
    void unsafeNamesAreSavedSafelyInsideUploads(String name) throws IOException {
        TestHttp.Response r = upload(new Multipart().file("files", name, "text/plain", uniqueText("ชื่อไฟล์")));
        assertEquals(201, r.status(), r.body());
        String savedAs = r.json().at("/files/0/savedAs").asText();
        assertTrue(savedAs.startsWith("uploads/"), savedAs);
        String file = savedAs.substring("uploads/".length());
        assertFalse(file.contains("/") || file.contains("\\") || file.startsWith(".") || file.contains("\u0000"), file);
        assertTrue(file.endsWith(".txt"), file);
        Path saved = CORPUS.resolve(savedAs).toRealPath();
        assertTrue(saved.startsWith(CORPUS.resolve("uploads").toRealPath()), saved.toString());
        assertFalse(Files.exists(WORK.resolve("etc")));
    }

    @Test
    void sameNameWithOtherContentKeepsBoth() throws IOException {
        TestHttp.Response first = upload(new Multipart().file("files", "บันทึกการประชุม.txt", "text/plain", uniqueText("ครั้งที่หนึ่ง")));
        TestHttp.Response second = upload(new Multipart().file("files", "บันทึกการประชุม.txt", "text/plain", uniqueText("ครั้งที่สอง")));
        assertEquals(201, first.status(), first.body());
        assertEquals(201, second.status(), second.body());
        assertEquals("uploads/บันทึกการประชุม.txt", first.json().at("/files/0/savedAs").asText());
        assertEquals("uploads/บันทึกการประชุม (2).txt", second.json().at("/files/0/savedAs").asText());
        assertNotEquals(Files.readString(CORPUS.resolve("uploads/บันทึกการประชุม.txt")),
                Files.readString(CORPUS.resolve("uploads/บันทึกการประชุม (2).txt")));
    }

    @Test
    void sameContentTwiceIsADuplicateNotIndexedAgain() throws IOException {
        byte[] content = seed("seed004.rtf");
        TestHttp.Response first = upload(new Multipart().file("files", "ต้นฉบับ.rtf", "application/rtf", content));
        assertEquals(201, first.status(), first.body());
        int documents = documentCount();
        long files;
        try (Stream<Path> s = Files.list(CORPUS.resolve("uploads"))) {
            files = s.count();
        }
        TestHttp.Response again = upload(new Multipart().file("files", "สำเนา.rtf", "application/rtf", content));
        assertEquals(200, again.status(), again.body());
        JsonNode f = again.json().at("/files/0");
        assertEquals("duplicate", f.get("status").asText());
        assertEquals(first.json().at("/files/0/documentId").asText(), f.get("documentId").asText());
        assertEquals("uploads/ต้นฉบับ.rtf", f.get("source").asText());
        assertEquals(documents, documentCount());
        try (Stream<Path> s = Files.list(CORPUS.resolve("uploads"))) {
            assertEquals(files, s.count(), "nothing saved for a duplicate");
        }
    }

    @Test
    void emptyPartIsA400SayingSo() {
        TestHttp.Response r = upload(new Multipart().file("files", "ว่าง.pdf", "application/pdf", new byte[0]));
        assertEquals(400, r.status(), r.body());
        assertEquals("EMPTY", r.json().at("/files/0/reason").asText());
        assertTrue(r.json().get("message").asText().contains("empty"), r.body());
    }

    @Test
    void requestWithoutFilesPartIsA400() {
        TestHttp.Response r = upload(new Multipart().field("note", "ไม่มีไฟล์"));
        assertEquals(400, r.status(), r.body());
        assertEquals("files", r.json().get("parameter").asText());
        TestHttp.Response notMultipart = http.send("POST", "/api/documents",
                HttpRequest.BodyPublishers.ofString("{}"), "Authorization", "Bearer " + TOKEN, "Content-Type", "application/json");
        assertTrue(notMultipart.status() >= 400 && notMultipart.status() < 500, notMultipart.body());
    }

    @Test
    void encryptedPdfIsReportedAndNotKept() throws Exception {
        byte[] encrypted = Files.readAllBytes(Path.of(getClass().getResource("/formats/encrypted.pdf").toURI()));
        TestHttp.Response r = upload(new Multipart().file("files", "ลับ.pdf", "application/pdf", encrypted));
        assertEquals(422, r.status(), r.body());
        JsonNode f = r.json().at("/files/0");
        assertEquals("failed", f.get("status").asText());
        assertEquals("ENCRYPTED", f.get("reason").asText());
        assertFalse(Files.exists(CORPUS.resolve("uploads/ลับ.pdf")));
    }

    @Test
    void deleteRemovesTheDocumentItsFileAndIsThen404() {
        TestHttp.Response up = upload(new Multipart().file("files", "ลบทิ้ง.txt", "text/plain", uniqueText("เอกสารที่จะลบ ลบทิ้งได้")));
        assertEquals(201, up.status(), up.body());
        String id = up.json().at("/files/0/documentId").asText();
        Path file = CORPUS.resolve(up.json().at("/files/0/savedAs").asText());
        assertTrue(Files.exists(file));
        assertTrue(http.get("/api/snippets", Map.of("q", "ลบทิ้ง", "source", "uploads/")).json().get("total").asInt() > 0);

        TestHttp.Response del = http.send("DELETE", "/api/documents/" + id, HttpRequest.BodyPublishers.noBody(), bearer(TOKEN));
        assertEquals(200, del.status(), del.body());
        assertTrue(del.json().get("fileRemoved").asBoolean());
        assertFalse(Files.exists(file));
        assertEquals(404, http.get("/api/documents/" + id).status());
        assertEquals(0, http.get("/api/snippets", Map.of("q", "ลบทิ้ง", "source", "uploads/")).json().get("total").asInt());
        assertFalse(http.get("/api/documents?size=10000").body().contains(id));
        TestHttp.Response again = http.send("DELETE", "/api/documents/" + id, HttpRequest.BodyPublishers.noBody(), bearer(TOKEN));
        assertEquals(404, again.status(), again.body());
        assertEquals("not_found", again.json().get("error").asText());
    }

    @Test
    void auditLogNamesTheTokenNeverTheToken() throws IOException {
        upload(new Multipart().file("files", "ตรวจสอบ.txt", "text/plain", uniqueText("บันทึกการตรวจสอบ")));
        http.send("DELETE", "/api/documents/0123456789abcdef", HttpRequest.BodyPublishers.noBody());
        String log = Files.readString(AUDIT);
        assertFalse(log.contains(TOKEN) || log.contains(OTHER), "a token leaked into the audit log");
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> lines = log.lines().map(l -> {
            try {
                return json.readTree(l);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + l, e);
            }
        }).toList();
        assertTrue(lines.stream().anyMatch(l -> l.path("user").asText().equals("alice") && l.path("action").asText().equals("upload")
                && l.path("target").asText().equals("ตรวจสอบ.txt") && l.path("result").asText().equals("indexed")), log);
        assertTrue(lines.stream().anyMatch(l -> l.path("user").isNull() && l.path("result").asText().equals("401")
                && l.path("action").asText().equals("DELETE")), log);
        for (JsonNode l : lines) {
            assertTrue(l.hasNonNull("time") && l.hasNonNull("remote") && l.hasNonNull("action") && l.hasNonNull("result"), l.toString());
        }
    }
}
