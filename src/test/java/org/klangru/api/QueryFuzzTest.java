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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Thousands of random and adversarial queries and parameters: every answer is a 2xx or a 4xx with a JSON
 * message, never a 5xx. Seeded, so a failure can be replayed.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryFuzzTest implements TestPropertyProvider {
    private static final Path WORK = TestCorpora.tempDir("klangru-fuzz");
    private static final long SEED = 20261120L;
    private static final List<String> NASTY = List.of(
            "\"", "\"\"", "\"ระบบ", "-", "--", "-\"", "(((", ")", "*", "?", "\\", "AND OR NOT", "ก.พ.ร.", "PM 2.5",
            "\u0E48\u0E49\u0E4A\u0E4B", "\u0E31\u0E34\u0E35", "ํา", "\u200B\u200B", "\uFEFF", "\u0000", "\u0007", "\t\n\r",
            "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "😀😀", "<script>alert(1)</script>", "%", "%%", "+", "&", "=", "'", "' OR 1=1 --",
            "a".repeat(1000), "ก".repeat(999), "หมวด", "หมวด 99", "CS99", "IT0", "๑๒๓", "1e309", "-1", "0");
    private static final List<String> PARAMS = List.of("q", "category", "code", "type", "year", "agency", "page", "size",
            "sort", "source", "prefix");
    private static final List<String> PATHS = List.of("/api/snippets", "/api/documents", "/api/suggest",
            "/api/documents/0123456789abcdef", "/api/documents/0123456789abcdef/passages",
            "/api/passages/0123456789abcdef-0000/similar");

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
        ingestor.ingest(TestCorpora.copy("corpus-e2e", WORK.resolve("corpus")));
        http = new TestHttp(server.getURI());
    }

    @Test
    void noRequestGetsA5xx() {
        Random random = new Random(SEED);
        int clientErrors = 0;
        for (int i = 0; i < 2500; i++) {
            String path = PATHS.get(random.nextInt(PATHS.size()));
            StringBuilder query = new StringBuilder();
            int params = random.nextInt(4);
            for (int p = 0; p < params; p++) {
                if (p > 0) {
                    query.append('&');
                }
                String value = random.nextBoolean() ? NASTY.get(random.nextInt(NASTY.size())) : randomText(random);
                query.append(PARAMS.get(random.nextInt(PARAMS.size()))).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
            TestHttp.Response r = http.get(query.length() == 0 ? path : path + "?" + query);
            assertTrue(r.status() < 500, () -> path + "?" + query + " -> " + r.status() + " " + r.body());
            if (r.status() >= 400) {
                clientErrors++;
                assertTrue(r.body().contains("\"message\""), () -> path + "?" + query + " -> " + r.body());
                assertFalse(r.body().contains("Exception"), () -> "no stack traces to clients: " + r.body());
            }
        }
        assertTrue(clientErrors > 100, "the fuzzer must reach the error paths too: " + clientErrors);
    }

    @Test
    void aPastedPageOfTextIsAnsweredNotRefused() throws IOException {
        // the documents' own text as the query (about 800 characters): each word's parts, synonyms and pairs once
        // overflowed Lucene's clause limit, a 500
        Path corpus = WORK.resolve("corpus");
        String pasted = (Files.readString(corpus.resolve("km-plan.txt")) + " " + Files.readString(corpus.resolve("complaint-visit.txt")))
                .replaceAll("\\s+", " ").strip();
        TestHttp.Response r = http.get("/api/snippets?q=" + URLEncoder.encode(pasted, StandardCharsets.UTF_8));
        assertEquals(200, r.status(), r.body());
        assertTrue(r.json().get("total").asLong() > 0, r.body());
        assertTrue(r.json().get("hits").get(0).get("source").asText().endsWith("km-plan.txt"), r.body());
        // the answer says which words were searched: the rest were left out
        String searched = r.json().path("searchedWords").asText("");
        assertFalse(searched.isBlank(), r.body());
        assertTrue(searched.length() < pasted.length() && pasted.contains(searched.substring(0, 20)), searched);
        TestHttp.Response shortQuery = http.get("/api/snippets?q=" + URLEncoder.encode("การจัดการความรู้", StandardCharsets.UTF_8));
        assertFalse(shortQuery.json().hasNonNull("searchedWords"), shortQuery.body());
    }

    private static String randomText(Random random) {
        int length = random.nextInt(30);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int pick = random.nextInt(10);
            if (pick < 6) {
                sb.append((char) (0x0E01 + random.nextInt(0x5B))); // Thai block, marks included
            } else if (pick < 8) {
                sb.append((char) (0x20 + random.nextInt(0x5F)));
            } else {
                sb.appendCodePoint(random.nextInt(0x2FFFF) + 1);
            }
        }
        return sb.toString();
    }
}
