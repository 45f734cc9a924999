package org.klangru.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.klangru.ingest.IngestReport;
import org.klangru.ingest.Ingestor;
import org.openqa.selenium.By;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Page weight and time to first result on the seed corpus ({@code corpus/}), measured in chromium with the
 * browser's Resource Timing and a performance mark the page sets when the first hits are on screen. Writes
 * {@code target/ui-metrics.md}; fails only if the page outgrows its weight budget or no result ever shows.
 */
@ExtendWith(ChromiumAvailable.class)
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebPageWeightTest implements TestPropertyProvider {
    /** HTML + CSS + JS + fonts, uncompressed. */
    static final long WEIGHT_BUDGET_BYTES = 150_000;
    private static final Path SEED_CORPUS = Path.of("corpus").toAbsolutePath();
    private static final String QUERY = "การจัดการความรู้";

    @Inject
    EmbeddedServer server;
    @Inject
    Ingestor ingestor;

    Browser browser;

    @Override
    public Map<String, String> getProperties() {
        try {
            return Map.of("klangru.index.dir", Files.createTempDirectory("klangru-weight").resolve("index").toString(),
                    "klangru.ingest.corpus", SEED_CORPUS.toString(),
                    "micronaut.server.port", "-1");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeAll
    void start() throws IOException {
        Browser.assumeInstalled();
        IngestReport report = ingestor.ingest(SEED_CORPUS);
        assertTrue(report.added() >= 5, report.summary());
        browser = Browser.start(server.getURI());
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void pageWeightAndTimeToFirstResultOnTheSeedCorpus() throws IOException {
        browser.viewport(1366, 900);
        String url = "/?q=" + URLEncoder.encode(QUERY, StandardCharsets.UTF_8);

        // first visit: empty cache, and the first query this server answers
        browser.open(url);
        browser.waitVisible(By.cssSelector(".hits .hit"));
        browser.fontsReady();
        @SuppressWarnings("unchecked")
        Map<String, Object> first = (Map<String, Object>) browser.js(MEASURE);
        double coldFirstResult = number(first.get("firstResult"));

        // returning visits: static files from the browser's cache, a warm server
        List<Double> warm = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            browser.open(url + "&page=1&_=" + i);
            browser.waitVisible(By.cssSelector(".hits .hit"));
            warm.add(number(((Map<?, ?>) browser.js(MEASURE)).get("firstResult")));
        }
        Collections.sort(warm);
        double warmMedian = warm.get(warm.size() / 2);

        com.fasterxml.jackson.databind.JsonNode health = new org.klangru.TestHttp(server.getURI()).get("/api/health").json();
        long html = bytes(first, "html");
        long css = bytes(first, "css");
        long js = bytes(first, "js");
        long fonts = bytes(first, "font");
        long total = html + css + js + fonts;
        String report = String.join("\n",
                "# Web page: weight and time to first result",
                "",
                "Measured by `WebPageWeightTest` in Debian's chromium (headless), against the embedded server with the seed",
                "corpus (`corpus/`: " + health.get("documents") + " documents, " + health.get("passages")
                        + " passages) and the query “" + QUERY + "”. Bytes are uncompressed (decoded) sizes; “transferred”",
                "is what went over the wire, headers included.",
                "",
                "| part | files | bytes |",
                "|---|---:|---:|",
                "| HTML | " + count(first, "html") + " | " + html + " |",
                "| CSS | " + count(first, "css") + " | " + css + " |",
                "| JavaScript (ES modules) | " + count(first, "js") + " | " + js + " |",
                "| fonts (Sarabun WOFF2) | " + count(first, "font") + " | " + fonts + " |",
                "| **page total** | | **" + total + "** |",
                "| transferred on first visit (all of the above) | | " + number(first.get("transferred")).longValue() + " |",
                "| API answers, not page weight (health, taxonomy, 10 hits of /api/snippets; JSON) | " + count(first, "api") + " | " + bytes(first, "api") + " |",
                "",
                "| time to first result (navigation start → first hits on screen) | ms |",
                "|---|---:|",
                "| first visit, first query after the server started | " + Math.round(coldFirstResult) + " |",
                "| returning visit, warm server (median of 5) | " + Math.round(warmMedian) + " |",
                "",
                "Machine: " + Runtime.getRuntime().availableProcessors() + " cores shared with other work; "
                        + "numbers vary by run.",
                "");
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "ui-metrics.md"), report, StandardCharsets.UTF_8);
        System.out.println(report);

        assertTrue(fonts > 0, "the bundled font was loaded");
        assertTrue(total < WEIGHT_BUDGET_BYTES, "page weight " + total + " bytes is over the budget of " + WEIGHT_BUDGET_BYTES);
        assertTrue(coldFirstResult > 0 && warmMedian > 0);
    }

    /** Groups the page's resources (and the navigation itself) by kind, with their decoded and transferred sizes. */
    private static final String MEASURE = String.join("\n",
            "const kinds = {};",
            "const add = (kind, e) => { const k = kinds[kind] ??= {count: 0, bytes: 0};",
            "  k.count++; k.bytes += e.decodedBodySize || 0; };",
            "let transferred = 0;",
            "const nav = performance.getEntriesByType('navigation')[0];",
            "add('html', nav); transferred += nav.transferSize || 0;",
            "for (const e of performance.getEntriesByType('resource')) {",
            "  const path = new URL(e.name).pathname;",
            "  const kind = path.startsWith('/api/') ? 'api' : path.endsWith('.css') ? 'css' : path.endsWith('.js') ? 'js'",
            "    : path.endsWith('.woff2') ? 'font' : 'other';",
            "  add(kind, e); if (kind !== 'api') transferred += e.transferSize || 0;",
            "}",
            "const mark = performance.getEntriesByName('klangru:first-result')[0];",
            "return {kinds, transferred, firstResult: mark ? mark.startTime : -1};");

    private static long bytes(Map<String, Object> m, String kind) {
        Map<?, ?> k = (Map<?, ?>) ((Map<?, ?>) m.get("kinds")).get(kind);
        return k == null ? 0 : number(k.get("bytes")).longValue();
    }

    private static long count(Map<String, Object> m, String kind) {
        Map<?, ?> k = (Map<?, ?>) ((Map<?, ?>) m.get("kinds")).get(kind);
        return k == null ? 0 : number(k.get("count")).longValue();
    }

    private static Double number(Object o) {
        return o == null ? 0.0 : ((Number) o).doubleValue();
    }
}
