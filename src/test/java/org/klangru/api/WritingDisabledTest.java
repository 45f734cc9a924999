package org.klangru.api;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.klangru.Multipart;
import org.klangru.TestCorpora;
import org.klangru.TestHttp;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** Without a configured token nobody writes: every write is a 403 saying why, reads and the page work as before. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WritingDisabledTest implements TestPropertyProvider {
    private static final Path WORK = TestCorpora.tempDir("klangru-nowrite");

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("klangru.index.dir", WORK.resolve("index").toString(),
                "klangru.ingest.corpus", WORK.resolve("corpus").toString(),
                "micronaut.server.port", "-1");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"POST /api/documents", "DELETE /api/documents/0123456789abcdef", "POST /api/reindex",
            "POST /api/collections", "PUT /api/collections/1/order", "DELETE /api/collections/1"})
    void everyWriteIsA403SayingWritingIsOff(String route) {
        TestHttp http = new TestHttp(server.getURI());
        String method = route.split(" ")[0], path = route.split(" ")[1];
        for (String[] headers : new String[][] {{}, {"Authorization", "Bearer some-guess-0123456789abcdef"}}) {
            TestHttp.Response r = http.send(method, path, HttpRequest.BodyPublishers.noBody(), headers);
            assertEquals(403, r.status(), r.body());
            assertEquals("writing_disabled", r.json().get("error").asText());
            assertTrue(r.json().get("message").asText().startsWith("การเขียนปิดอยู่"), r.body());
            assertTrue(r.json().get("message").asText().contains("writing is disabled until an administrator configures tokens"));
        }
    }

    @Test
    void anUploadIsRefusedAndNothingIsSaved() throws IOException {
        TestHttp http = new TestHttp(server.getURI());
        TestHttp.Response r = http.post("/api/documents", new Multipart().file("files", "a.txt", "text/plain",
                "ข้อความ".getBytes(StandardCharsets.UTF_8)));
        assertEquals(403, r.status(), r.body());
        assertFalse(Files.exists(WORK.resolve("corpus").resolve("uploads")));
        Path audit = WORK.resolve("index").resolve("audit.log");
        assertTrue(Files.readString(audit).contains("\"result\":\"403\""), "refusals are audited in <index>/audit.log");
    }

    @Test
    void readsHealthAndThePageStayOpen() {
        TestHttp http = new TestHttp(server.getURI());
        TestHttp.Response health = http.get("/api/health");
        assertEquals(200, health.status());
        assertFalse(health.json().get("uploadsEnabled").asBoolean());
        assertFalse(health.json().get("readRequiresToken").asBoolean());
        assertEquals(200, http.get("/api/documents").status());
        assertEquals(200, http.get("/api/taxonomy").status());
        assertEquals(200, http.get("/").status());
        assertEquals(200, http.get("/openapi.yml").status());
        assertEquals(404, http.get("/no-such-page.html").status(), "a missing file is still a 404, not a 401");
    }
}
