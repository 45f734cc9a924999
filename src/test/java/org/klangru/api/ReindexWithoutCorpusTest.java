package org.klangru.api;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.klangru.TestCorpora;
import org.klangru.TestHttp;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** A re-index with no corpus folder to read is a 409 that says so, not a 500 nor a run that fails later. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // TestPropertyProvider is read only then
class ReindexWithoutCorpusTest implements TestPropertyProvider {
    private static final Path WORK = TestCorpora.tempDir("klangru-reindex-nocorpus");

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("klangru.index.dir", WORK.resolve("index").toString(),
                "klangru.ingest.corpus", WORK.resolve("missing").toString(),
                "klangru.security.tokens", ReindexApiTest.WRITER,
                "micronaut.server.port", "-1");
    }

    @Test
    void aMissingCorpusFolderIsAConflictNamingIt() {
        TestHttp http = new TestHttp(server.getURI());
        TestHttp.Response r = http.post("/api/reindex", ReindexApiTest.writeHeaders());
        assertEquals(409, r.status(), r.body());
        assertEquals("conflict", r.json().get("error").asText());
        assertTrue(r.json().get("message").asText().startsWith("ไม่พบโฟลเดอร์เอกสาร"), r.body());
        assertTrue(r.json().get("message").asText().contains("missing"), r.body());
        TestHttp.Response state = http.get("/api/reindex");
        assertEquals(200, state.status());
        assertFalse(state.json().get("running").asBoolean());
        assertEquals(0, state.json().get("runs").asLong(), "nothing was started");
    }
}
