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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * In the spirit of Anserini's per-language tests: index a small Thai corpus on disk, query it over real
 * HTTP through the embedded server, and assert the exact passage that must come first and its marks.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ThaiSearchEndToEndTest implements TestPropertyProvider {
    private static final Path WORK = TestCorpora.tempDir("klangru-e2e");
    private static final Path CORPUS = TestCorpora.copy("corpus-e2e", WORK.resolve("corpus"));

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
        assertEquals(3, report.added(), report.summary());
        assertTrue(report.failures().isEmpty(), report.summary());
        http = new TestHttp(server.getURI());
    }

    @Test
    void complaintQueryFindsTheStudyVisitPassageFirst() {
        JsonNode body = http.get("/api/snippets", Map.of("q", "ระบบจัดการข้อร้องเรียน")).json();
        JsonNode first = body.get("hits").get(0);
        assertTrue(first.get("text").asText().startsWith("ศูนย์ดำรงธรรมจัดทำระบบจัดการข้อร้องเรียน"), first.toString());
        assertEquals("complaint-visit.txt", first.get("source").asText());
        assertTrue(first.get("highlight").asText().contains("<mark>ระบบจัดการข้อร้องเรียน</mark>"), first.get("highlight").asText());
        assertEquals("search", body.get("mode").asText());
        assertTrue(body.get("total").asInt() >= 1);
        assertTrue(body.has("tookMs"));
    }

    @Test
    void aQuotedPhraseMustAppearAndAMinusWordMustNot() {
        JsonNode phrase = http.get("/api/snippets", Map.of("q", "\"ชุมชนนักปฏิบัติ\"")).json();
        assertEquals(1, phrase.get("total").asInt(), phrase.toString());
        JsonNode without = http.get("/api/snippets", Map.of("q", "ข้อร้องเรียน -ศูนย์ดำรงธรรม")).json();
        assertTrue(without.get("total").asInt() >= 1, without.toString());
        for (JsonNode h : without.get("hits")) {
            assertFalse(h.get("text").asText().contains("ศูนย์ดำรงธรรม"), h.toString());
        }
    }

    @Test
    void browsingCategory4ListsKnowledgeManagementPassagesFirst() {
        JsonNode body = http.get("/api/snippets", Map.of("category", "4")).json();
        assertEquals("browse", body.get("mode").asText());
        JsonNode hits = body.get("hits");
        assertTrue(hits.size() >= 2, body.toString());
        for (JsonNode h : hits) {
            assertTrue(h.get("categories").toString().contains("4"), h.toString());
        }
        String first = hits.get(0).get("text").asText();
        assertTrue(first.contains("ความรู้"), "a KM passage first: " + first);
        assertFalse(hits.get(0).get("why").get("labels").get("categories").isEmpty(), "the label says why: " + hits.get(0));
        assertEquals(hits.size(), body.get("facets").get("category").get("4").asInt());
    }

    @Test
    void sourceFilterNarrowsToAFileOrAFolder() {
        JsonNode folder = http.get("/api/snippets", Map.of("q", "ร้องเรียน", "source", "sub/", "sort", "date")).json();
        assertTrue(folder.get("total").asInt() >= 1);
        for (JsonNode h : folder.get("hits")) {
            assertEquals("sub/sop.txt", h.get("source").asText());
        }
        JsonNode file = http.get("/api/snippets", Map.of("q", "ร้องเรียน", "source", "complaint-visit.txt")).json();
        for (JsonNode h : file.get("hits")) {
            assertEquals("complaint-visit.txt", h.get("source").asText());
        }
    }

    @Test
    void thaiDigitsInTheTextMatchArabicDigitsInTheQuery() {
        JsonNode hits = http.get("/api/snippets", Map.of("q", "15 มีนาคม 2566")).json().get("hits");
        assertTrue(hits.get(0).get("text").asText().contains("๑๕ มีนาคม ๒๕๖๖"), hits.toString());
        assertTrue(hits.get(0).get("highlight").asText().contains("<mark>๑๕ มีนาคม ๒๕๖๖</mark>"), hits.get(0).get("highlight").asText());
    }

    @Test
    void headingOfAPassageIsKeptAndSearchable() {
        JsonNode hits = http.get("/api/snippets", Map.of("q", "ขั้นตอนที่ 2 ส่งเรื่องให้หน่วยงานที่รับผิดชอบ")).json().get("hits");
        JsonNode first = hits.get(0);
        assertEquals("sub/sop.txt", first.get("source").asText());
        assertTrue(first.get("text").asText().startsWith("ขั้นตอนที่ 2"), first.toString());
        assertEquals("คู่มือการปฏิบัติงาน การรับเรื่องร้องเรียน", first.get("title").asText());
    }

    @Test
    void documentsListAndPassagesInOrder() {
        JsonNode list = http.get("/api/documents").json();
        assertEquals(3, list.get("total").asInt());
        JsonNode km = null;
        for (JsonNode d : list.get("documents")) {
            if (d.get("source").asText().equals("km-plan.txt")) {
                km = d;
            }
        }
        assertNotNull(km, list.toString());
        assertEquals("แผนการจัดการความรู้ ประจำปีงบประมาณ พ.ศ. 2567", km.get("title").asText());

        String id = km.get("id").asText();
        JsonNode doc = http.get("/api/documents/" + id).json();
        assertEquals("km-plan.txt", doc.get("source").asText());
        assertEquals(64, doc.get("contentHash").asText().length());

        JsonNode passages = http.get("/api/documents/" + id + "/passages").json().get("passages");
        assertTrue(passages.size() >= 2);
        for (int i = 0; i < passages.size(); i++) {
            assertEquals(i, passages.get(i).get("ordinal").asInt());
        }
        JsonNode community = passages.get(passages.size() - 1);
        assertTrue(community.get("text").asText().startsWith("จัดกิจกรรมชุมชนนักปฏิบัติ"), community.toString());
        assertTrue(community.get("heading").asText().contains("หมวด 4"), community.toString());
    }

    @Test
    void healthSaysUpWithCounts() {
        TestHttp.Response r = http.get("/api/health");
        assertEquals(200, r.status());
        assertEquals("UP", r.json().get("status").asText());
        assertEquals(3, r.json().get("documents").asInt());
        assertTrue(r.json().get("passages").asInt() >= 6);
    }

    @Test
    void suggestionsCompleteAThaiPrefixFromTitlesAndHeadings() {
        JsonNode s = http.get("/api/suggest", Map.of("prefix", "แผนการจัด")).json().get("suggestions");
        assertEquals("แผนการจัดการความรู้ ประจำปีงบประมาณ พ.ศ. 2567", s.get(0).get("text").asText(), s.toString());
        JsonNode infix = http.get("/api/suggest", Map.of("prefix", "วัด การวิเคราะห์")).json().get("suggestions");
        assertEquals("หมวด 4 การวัด การวิเคราะห์ และการจัดการความรู้", infix.get(0).get("text").asText(), infix.toString());
        // a heading here and a domain term of the taxonomy as well: either kind is right
        assertTrue(List.of("heading", "term").contains(infix.get(0).get("kind").asText()), infix.toString());
        assertEquals(400, http.get("/api/suggest").status());
    }

    @Test
    void similarPassagesLeaveOutThePassageItself() {
        JsonNode hit = http.get("/api/snippets", Map.of("q", "ระบบจัดการข้อร้องเรียน")).json().get("hits").get(0);
        String id = hit.get("passageId").asText();
        JsonNode similar = http.get("/api/passages/" + id + "/similar").json().get("hits");
        assertTrue(similar.size() >= 1, similar.toString());
        for (JsonNode h : similar) {
            assertNotEquals(id, h.get("passageId").asText());
        }
        assertEquals(404, http.get("/api/passages/0123456789abcdef-0001/similar").status());
        assertEquals(400, http.get("/api/passages/x/similar").status());
    }

    @Test
    void theOriginalFileDownloadsWithItsName() throws IOException {
        JsonNode hit = http.get("/api/snippets", Map.of("q", "ส่งเรื่องให้หน่วยงานที่รับผิดชอบ")).json().get("hits").get(0);
        TestHttp.Response r = http.get("/api/documents/" + hit.get("documentId").asText() + "/file");
        assertEquals(200, r.status());
        assertEquals(Files.readString(CORPUS.resolve("sub/sop.txt")), r.body());
        assertTrue(r.contentType().startsWith("text/plain"), r.contentType());
    }
}
