package org.klangru.api;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.klangru.TestCorpora;
import org.klangru.TestHttp;
import org.klangru.ingest.Ingestor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** Every bad parameter is a 400 with a JSON message naming it; a missing document is a 404; nothing is a 500. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiBadInputTest implements TestPropertyProvider {
    private static final Path WORK = TestCorpora.tempDir("klangru-badinput");
    private static final Path CORPUS = TestCorpora.copy("corpus-e2e", WORK.resolve("corpus"));

    @Inject
    EmbeddedServer server;
    @Inject
    Ingestor ingestor;
    TestHttp http;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("klangru.index.dir", WORK.resolve("index").toString(), "micronaut.server.port", "-1");
    }

    @BeforeAll
    void ingest() throws IOException {
        ingestor.ingest(CORPUS);
        http = new TestHttp(server.getURI());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "/api/snippets                         | q",
            "/api/snippets?q=                      | q",
            "/api/snippets?q=%E0%B8%81&category=8  | category",
            "/api/snippets?q=%E0%B8%81&category=x  | category",
            "/api/snippets?category=0              | category",
            "/api/snippets?code=XYZ                | code",
            "/api/snippets?code=CS                 | code",
            "/api/snippets?q=a&type=novel          | type",
            "/api/snippets?q=a&year=99             | year",
            "/api/snippets?q=a&year=2566-2560      | year",
            "/api/snippets?q=a&page=0              | page",
            "/api/snippets?q=a&page=abc            | page",
            "/api/snippets?q=a&size=101            | size",
            "/api/snippets?q=a&size=-1             | size",
            "/api/snippets?q=a&sort=random         | sort",
            "/api/snippets?q=a&source=..%2Fetc     | source",
            "/api/documents?size=0                 | size",
            "/api/documents?page=x                 | page",
            "/api/documents/..%2F..%2Fetc          | id",
            "/api/documents/not-an-id/passages     | id",
    })
    void badParameterIsA400NamingIt(String path, String parameter) {
        TestHttp.Response r = http.get(path);
        assertEquals(400, r.status(), r.body());
        assertTrue(r.contentType().contains("json"), r.contentType());
        assertEquals("bad_request", r.json().get("error").asText());
        assertEquals(parameter, r.json().get("parameter").asText());
        assertFalse(r.json().get("message").asText().isBlank());
    }

    @Test
    void overlongQueryIsA400() {
        TestHttp.Response r = http.get("/api/snippets", Map.of("q", "ก".repeat(1001)));
        assertEquals(400, r.status());
        assertEquals("q", r.json().get("parameter").asText());
    }

    @Test
    void tenThousandCharacterQueryIsRefusedWithAMessage() {
        // about 90 KB URL-encoded: longer than the request line the server accepts, refused before routing
        TestHttp.Response r = http.get("/api/snippets", Map.of("q", "ก".repeat(10_000)));
        assertTrue(r.status() >= 400 && r.status() < 500, r.status() + " " + r.body());
        assertFalse(r.json().get("message").asText().isBlank(), r.body());
    }

    @Test
    void unknownDocumentIsA404() {
        TestHttp.Response r = http.get("/api/documents/0123456789abcdef");
        assertEquals(404, r.status());
        assertEquals("not_found", r.json().get("error").asText());
        assertEquals(404, http.get("/api/documents/0123456789abcdef/passages").status());
    }

    @Test
    void punctuationOnlyQueryIsAnEmptyAnswerNotAnError() {
        TestHttp.Response r = http.get("/api/snippets", Map.of("q", "\"((!!--"));
        assertEquals(200, r.status(), r.body());
        assertEquals(0, r.json().get("total").asInt());
    }

    @Test
    void validFiltersAreAccepted() {
        TestHttp.Response r = http.get("/api/snippets?q=%E0%B8%84%E0%B8%A7%E0%B8%B2%E0%B8%A1%E0%B8%A3%E0%B8%B9%E0%B9%89"
                + "&category=%E0%B9%94&code=cs%201&year=2023&type=km-plan&page=1&size=5");
        assertEquals(200, r.status(), r.body());
        assertEquals(0, r.json().get("total").asInt(), "no passage is labelled CS1 in km-plan documents of 2566");
    }
}
