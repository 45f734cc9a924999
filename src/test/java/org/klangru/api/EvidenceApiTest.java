package org.klangru.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.klangru.TestCorpora;
import org.klangru.TestHttp;
import org.klangru.ingest.IngestReport;
import org.klangru.ingest.Ingestor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * GET /api/evidence through the embedded server over real HTTP: the same pack as JSON, Markdown and DOCX with their
 * content types and download names, links back to the server asked, and a 400 naming the parameter for every bad one.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidenceApiTest implements TestPropertyProvider {
    private static final Path WORK = TestCorpora.tempDir("klangru-evidence-api");
    private static final Path CORPUS = TestCorpora.copy("evidence-corpus", WORK.resolve("corpus"));
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @Inject
    EmbeddedServer server;
    @Inject
    Ingestor ingestor;
    TestHttp http;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("klangru.index.dir", WORK.resolve("index").toString(),
                "klangru.ingest.corpus", CORPUS.toString(),
                "micronaut.server.port", "-1");
    }

    @BeforeAll
    void ingest() throws IOException {
        IngestReport report = ingestor.ingest(CORPUS);
        assertEquals(6, report.added(), report.summary());
        http = new TestHttp(server.getURI());
    }

    private HttpResponse<byte[]> bytes(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(server.getURI().resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void jsonIsTheDefaultAndHasCoverageFirstThenCitedSections() {
        TestHttp.Response r = http.get("/api/evidence?category=4");
        assertEquals(200, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/json"), r.contentType());
        JsonNode pack = r.json();
        assertEquals(4, pack.get("category").asInt());
        assertEquals("pmqa40", pack.get("framework").asText());
        JsonNode coverage = pack.get("coverage");
        assertEquals(20, coverage.get("rows").asInt());
        assertEquals(coverage.get("rows").asInt(), coverage.get("table").size());
        assertTrue(coverage.get("strong").asInt() > 0 && coverage.get("none").asInt() > 0, coverage.toString());
        JsonNode km6 = pack.get("groups").get(1).get("sections").get(5);
        assertEquals("การแบ่งปันแลกเปลี่ยนความรู้", km6.get("titleTh").asText());
        JsonNode citation = km6.get("quotations").get(0).get("citation");
        String base = "http://localhost:" + server.getPort();
        assertTrue(citation.get("link").asText().startsWith(base + "/?view=doc&id="), citation.toString());
        // the link opens the document at the passage: the API knows both
        String docId = citation.get("documentId").asText();
        JsonNode passages = http.get("/api/documents/" + docId + "/passages").json().get("passages");
        assertTrue(passages.findValuesAsText("passageId").contains(citation.get("passageId").asText()));
    }

    @Test
    void markdownAndDocxAreDownloadsOfTheSamePack() throws Exception {
        HttpResponse<byte[]> md = bytes("/api/evidence?category=4&format=md&framework=fl2");
        assertEquals(200, md.statusCode());
        assertEquals("text/markdown; charset=utf-8", md.headers().firstValue("content-type").orElse(""));
        assertEquals("attachment; filename=\"klangru-evidence-category4-fl2.md\"",
                md.headers().firstValue("content-disposition").orElse(""));
        String text = new String(md.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.startsWith("# แฟ้มหลักฐานหมวด 4 การวัด การวิเคราะห์ และการจัดการความรู้"), text.substring(0, 200));
        assertTrue(text.contains("### IT3 การจัดการความรู้"), "FL edition 2: KM is IT3");

        HttpResponse<byte[]> docx = bytes("/api/evidence?category=4&format=docx&year=2567-2568");
        assertEquals(200, docx.statusCode());
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx.headers().firstValue("content-type").orElse(""));
        assertEquals("attachment; filename=\"klangru-evidence-category4-pmqa40.docx\"",
                docx.headers().firstValue("content-disposition").orElse(""));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
            List<String> h2 = doc.getParagraphs().stream().filter(p -> "Heading2".equals(p.getStyleID()))
                    .map(XWPFParagraph::getText).toList();
            assertTrue(h2.contains("ขั้นที่ 6 การแบ่งปันแลกเปลี่ยนความรู้ (Knowledge Sharing)"), h2.toString());
            assertEquals(1, doc.getTables().size());
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().contains("ปี พ.ศ. ของเอกสาร (year): 2567, 2568")));
        }
    }

    @Test
    void everyCategoryAnswers() {
        for (int c = 1; c <= 7; c++) {
            TestHttp.Response r = http.get("/api/evidence?category=" + c);
            assertEquals(200, r.status(), c + ": " + r.body());
            assertEquals(c, r.json().get("category").asInt());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "/api/evidence                                | category",
            "/api/evidence?category=                      | category",
            "/api/evidence?category=8                     | category",
            "/api/evidence?category=abc                   | category",
            "/api/evidence?category=4&category=5          | category",
            "/api/evidence?category=4&framework=pmqa99    | framework",
            "/api/evidence?category=7&framework=fl2552    | framework",
            "/api/evidence?category=1&framework=fl2       | framework",
            "/api/evidence?category=4&format=pdf          | format",
            "/api/evidence?category=4&format=md&format=docx | format",
            "/api/evidence?category=4&year=67             | year",
            "/api/evidence?category=4&year=2568-2560      | year"})
    void badParametersAre400sNamingThem(String path, String parameter) {
        TestHttp.Response r = http.get(path.strip());
        assertEquals(400, r.status(), path + " -> " + r.body());
        assertEquals("bad_request", r.json().get("error").asText());
        assertEquals(parameter, r.json().get("parameter").asText(), r.body());
        assertFalse(r.json().get("message").asText().isBlank());
    }
}
