package org.klangru.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.klangru.TestHttp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The page is served by the API's own process from {@code classpath:public}: API routes still answer, a missing
 * file is a 404, and nothing the page loads comes from another host (it must work with no internet).
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebStaticResourcesTest implements TestPropertyProvider {
    private static final Path PUBLIC = Path.of("src", "main", "resources", "public");

    @Inject
    EmbeddedServer server;

    TestHttp http;

    @Override
    public Map<String, String> getProperties() {
        try {
            return Map.of("klangru.index.dir", Files.createTempDirectory("klangru-static").resolve("index").toString(),
                    "micronaut.server.port", "-1");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeAll
    void client() {
        http = new TestHttp(server.getURI());
    }

    @Test
    void thePageIsServedAtTheRoot() {
        TestHttp.Response page = http.get("/");
        assertEquals(200, page.status());
        assertTrue(page.contentType().startsWith("text/html"), page.contentType());
        assertTrue(page.body().contains("<html lang=\"th\">"), page.body());
        assertTrue(page.body().contains("คลังรู้"));
        // the state lives in the query string, so a shared search link loads the same page
        assertEquals(page.body(), http.get("/?q=%E0%B8%81&category=4&page=2").body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/css/klangru.css", "/js/app.js", "/js/results.js", "/js/document.js",
            "/fonts/sarabun-thai-400-normal.woff2", "/fonts/OFL.txt", "/favicon.svg"})
    void assetsAreServed(String path) {
        TestHttp.Response r = http.get(path);
        assertEquals(200, r.status(), path);
        if (path.endsWith(".js")) {
            assertTrue(r.contentType().contains("javascript"), "module scripts need a JavaScript type: " + r.contentType());
        }
    }

    @Test
    void apiRoutesStillWin() {
        TestHttp.Response health = http.get("/api/health");
        assertEquals(200, health.status());
        assertEquals("UP", health.json().get("status").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/no-such-page.html", "/js/no-such.js", "/api/no-such-endpoint", "/application.yml",
            "/..%2Fapplication.yml", "/js/..%2F..%2Fapplication.yml", "/logback.xml"})
    void aMissingFileIsA404AndNothingOutsidePublicIsServed(String path) {
        assertEquals(404, http.get(path).status(), path);
    }

    private static final Pattern REMOTE = Pattern.compile("(?i)(?:https?:)?//[a-z0-9.-]+\\.[a-z]{2,}[/\"')]");

    @Test
    void nothingIsLoadedFromTheInternet() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(PUBLIC)) {
            files = walk.filter(p -> p.toString().matches(".*\\.(html|css|js)$")).toList();
        }
        assertTrue(files.size() >= 10, files.toString());
        for (Path f : files) {
            String text = Files.readString(f);
            assertFalse(REMOTE.matcher(text).find(), f + " refers to another host: " + REMOTE.matcher(text).results()
                    .map(m -> m.group()).toList());
        }
    }
}
