package org.klangru.api;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.klangru.TestCorpora;
import org.klangru.TestHttp;
import org.klangru.ingest.Ingestor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** With read-requires-token, every /api route but health needs a token (here from a tokens file); the page stays public. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadRequiresTokenTest implements TestPropertyProvider {
    private static final String TOKEN = "reader-token-0123456789abcdef";
    private static final Path WORK = TestCorpora.tempDir("klangru-readtoken");
    private static final Path CORPUS = TestCorpora.copy("corpus-e2e", WORK.resolve("corpus"));

    @Inject
    EmbeddedServer server;
    @Inject
    Ingestor ingestor;
    TestHttp http;

    @Override
    public Map<String, String> getProperties() {
        Path tokens = WORK.resolve("tokens.txt");
        try {
            Files.writeString(tokens, "# name token\n\nreader " + TOKEN + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("klangru.index.dir", WORK.resolve("index").toString(),
                "klangru.security.tokens-file", tokens.toString(),
                "klangru.security.read-requires-token", "true",
                "micronaut.server.port", "-1");
    }

    @BeforeAll
    void ingest() throws IOException {
        ingestor.ingest(CORPUS);
        http = new TestHttp(server.getURI());
    }

    @Test
    void searchNeedsTheToken() {
        TestHttp.Response without = http.get("/api/snippets?q=%E0%B8%84%E0%B8%A7%E0%B8%B2%E0%B8%A1%E0%B8%A3%E0%B8%B9%E0%B9%89");
        assertEquals(401, without.status(), without.body());
        assertEquals("unauthorized", without.json().get("error").asText());
        TestHttp.Response wrong = http.get("/api/snippets?q=%E0%B8%84%E0%B8%A7%E0%B8%B2%E0%B8%A1%E0%B8%A3%E0%B8%B9%E0%B9%89",
                "Authorization", "Bearer not-the-reader-token-0123456789");
        assertEquals(401, wrong.status());
        TestHttp.Response with = http.get("/api/snippets?q=%E0%B8%84%E0%B8%A7%E0%B8%B2%E0%B8%A1%E0%B8%A3%E0%B8%B9%E0%B9%89",
                "Authorization", "Bearer " + TOKEN);
        assertEquals(200, with.status(), with.body());
        assertTrue(with.json().get("total").asInt() > 0, with.body());
        assertEquals(401, http.get("/api/documents").status());
        assertEquals(200, http.get("/api/documents", "Authorization", "Bearer " + TOKEN).status());
    }

    @Test
    void healthAndThePageStayOpen() {
        TestHttp.Response health = http.get("/api/health");
        assertEquals(200, health.status());
        assertTrue(health.json().get("readRequiresToken").asBoolean());
        assertTrue(health.json().get("uploadsEnabled").asBoolean());
        assertEquals(200, http.get("/").status());
        assertEquals(200, http.get("/js/api.js").status());
    }
}
