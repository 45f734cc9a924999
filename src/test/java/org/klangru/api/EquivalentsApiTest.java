package org.klangru.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.klangru.TestCorpora;
import org.klangru.TestHttp;
import org.klangru.ingest.IngestReport;
import org.klangru.ingest.Ingestor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Equivalents learned from a corpus on disk, served over real HTTP: what the documents define is listed with its
 * document count, the corrections file adds and removes pairs, a query with one side finds a passage with the
 * other and says so in {@code why}, and a re-ingest with another defining document counts it.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EquivalentsApiTest implements TestPropertyProvider {
    private static final Path WORK = TestCorpora.tempDir("klangru-equivalents");
    private static final Path CORPUS = WORK.resolve("corpus");
    private static final Path FILE = WORK.resolve("equivalents.txt");

    @Inject
    EmbeddedServer server;
    @Inject
    Ingestor ingestor;

    TestHttp http;

    @Override
    public Map<String, String> getProperties() {
        write(CORPUS.resolve("a.txt"), "ธนาคารอาคารสงเคราะห์ (ธอส.) จัดกิจกรรมแลกเปลี่ยนเรียนรู้ประจำปี ให้แก่พนักงานทุกสาขา");
        write(CORPUS.resolve("b.txt"), "ผู้บริหารธนาคารอาคารสงเคราะห์ (ธอส.) มอบนโยบายด้านสินเชื่อเพื่อที่อยู่อาศัยแก่ประชาชน\n\n"
                + "กรมทางหลวงชนบท (ทช.) ร่วมประชุมหารือเรื่องถนนในพื้นที่");
        write(CORPUS.resolve("c.txt"), "ธอส. มอบทุนการศึกษาให้กับนักเรียนในชุมชนริมคลองจำนวนห้าสิบทุน");
        write(CORPUS.resolve("d.txt"), "หน่วยงานนำการหมุนเวียนงาน (Job Rotation) มาใช้พัฒนาบุคลากรรุ่นใหม่ให้รู้งานหลายด้าน"
                + " และจ่ายค่าล่วงเวลา (OT) ตามระเบียบ");
        write(FILE, "# corrections\nKM = การจัดการความรู้\n- ทช. = กรมทางหลวงชนบท\n");
        return Map.of("klangru.index.dir", WORK.resolve("index").toString(),
                "klangru.ingest.corpus", CORPUS.toString(),
                "klangru.analysis.equivalents-file", FILE.toString(),
                "micronaut.server.port", "-1");
    }

    @BeforeAll
    void ingest() throws IOException {
        IngestReport report = ingestor.ingest(CORPUS);
        assertEquals(4, report.added(), report.summary());
        http = new TestHttp(server.getURI());
    }

    @Test
    void theDefinedAbbreviationIsListedWithItsDocuments() {
        JsonNode e = only(http.get("/api/equivalents", Map.of("q", "ธอส.")).json());
        assertEquals("ธอส.", e.get("short").asText());
        assertEquals("ธนาคารอาคารสงเคราะห์", e.get("long").asText());
        assertEquals("abbreviation", e.get("kind").asText());
        assertEquals(2, e.get("documents").asInt(), "a and b define it; c only uses it");
        assertEquals("learned", e.get("source").asText());
        // only whole words: "OT" (ค่าล่วงเวลา, defined in d) is not in "rotation"
        JsonNode t = only(http.get("/api/equivalents", Map.of("q", "Job Rotation")).json());
        assertEquals("translation", t.get("kind").asText());
        assertEquals("การหมุนเวียนงาน", t.get("long").asText());
    }

    @Test
    void theCorrectionsFileAddsAndRemovesPairs() {
        TestHttp.Response removed = http.get("/api/equivalents", Map.of("q", "ทช."));
        assertEquals(200, removed.status(), removed.body());
        assertEquals(0, removed.json().get("equivalents").size(), "removed by the file although b defines it");
        JsonNode km = only(http.get("/api/equivalents", Map.of("q", "KM")).json());
        assertEquals("file", km.get("source").asText());
        assertEquals("การจัดการความรู้", km.get("long").asText());
    }

    @Test
    void theFullNameFindsThePassageWithTheAbbreviationAndWhySaysSo() {
        JsonNode body = http.get("/api/snippets", Map.of("q", "ธนาคารอาคารสงเคราะห์ ทุนการศึกษา")).json();
        JsonNode hit = null;
        for (JsonNode h : body.get("hits")) {
            if (h.get("source").asText().equals("c.txt")) {
                hit = h;
            }
        }
        assertNotNull(hit, "c.txt only says ธอส.: " + body);
        assertEquals("ธนาคารอาคารสงเคราะห์ = ธอส.", hit.get("why").get("equivalents").get(0).asText(), hit.toString());
    }

    @Test
    void aMissingQueryIsABadRequest() {
        TestHttp.Response r = http.get("/api/equivalents", Map.of("q", " "));
        assertEquals(400, r.status());
        assertEquals("q", r.json().get("parameter").asText());
    }

    @Test
    void aNewDefiningDocumentIsCountedAfterIngest() throws IOException {
        write(CORPUS.resolve("e.txt"), "สำนักงานใหญ่ธนาคารอาคารสงเคราะห์ (ธอส.) เปิดบริการวันเสาร์");
        try {
            ingestor.ingest(CORPUS);
            JsonNode e = only(http.get("/api/equivalents", Map.of("q", "ธอส")).json());
            assertEquals(3, e.get("documents").asInt());
        } finally {
            Files.delete(CORPUS.resolve("e.txt"));
            ingestor.ingest(CORPUS);
        }
    }

    private static JsonNode only(JsonNode body) {
        List<JsonNode> list = new ArrayList<>();
        body.get("equivalents").forEach(list::add);
        assertEquals(1, list.size(), body.toString());
        return list.get(0);
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
