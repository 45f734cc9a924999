package org.klangru.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.klangru.TestCorpora;
import org.klangru.TestHttp;
import org.klangru.ingest.Ingestor;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A re-index never loses what was pinned: after a document is edited and another removed, each item keeps its
 * snapshot and says {@code current}, {@code changed} (with the passage that replaced it) or {@code removed}.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CollectionsReindexTest implements TestPropertyProvider {
    private static final String TOKEN = CollectionsApiTest.ALICE;
    private static final Path WORK = TestCorpora.tempDir("klangru-collections-reindex");
    private static final Path CORPUS = WORK.resolve("corpus");

    static final String KEEP = "การประชุมเชิงปฏิบัติการครั้งนี้มีผู้เข้าร่วมจากทุกกองจำนวนหกสิบคน ทุกคนได้ฝึกเขียนแผนผังกระบวนการรับเรื่องร้องเรียนของหน่วยงานตนเอง"
            + " แล้วนำเสนอต่อที่ประชุมเพื่อรับข้อเสนอแนะจากวิทยากรและเพื่อนร่วมงาน";
    static final String EDIT = "ศูนย์ดำรงธรรมจังหวัดตอบกลับผู้ร้องเรียนภายในสามวันทำการทุกเรื่อง และติดตามผลการแก้ไขจนกว่าผู้ร้องจะพึงพอใจ"
            + " โดยบันทึกทุกขั้นตอนในระบบสารสนเทศเพื่อให้ผู้บริหารติดตามได้ตลอดเวลา";
    static final String MOVE = "หน่วยงานจัดทำคู่มือการปฏิบัติงานด้านการจัดการข้อร้องเรียนฉบับใหม่ ระบุผู้รับผิดชอบและระยะเวลาของแต่ละขั้นตอนอย่างชัดเจน"
            + " และเผยแพร่ทางเว็บไซต์ของหน่วยงานให้ประชาชนดาวน์โหลดได้";
    static final String GONE = "รายงานฉบับนี้จะถูกลบออกจากคลังเอกสาร ข้อความที่เก็บไว้ในคอลเลกชันยังต้องอยู่ครบถ้วนพร้อมการอ้างอิงเดิมของเอกสาร"
            + " เพื่อให้วิทยากรใช้ต่อได้แม้ต้นฉบับหายไป";

    @Inject
    EmbeddedServer server;
    @Inject
    Ingestor ingestor;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("klangru.index.dir", WORK.resolve("index").toString(),
                "klangru.ingest.corpus", CORPUS.toString(),
                "klangru.security.tokens", "alice:" + TOKEN,
                "micronaut.server.port", "-1");
    }

    private static void write(String name, String... paragraphs) throws IOException {
        Files.createDirectories(CORPUS);
        Files.writeString(CORPUS.resolve(name), String.join("\n\n", paragraphs) + "\n", StandardCharsets.UTF_8);
    }

    private static String[] auth() {
        return new String[] {"Authorization", "Bearer " + TOKEN, "Content-Type", "application/json"};
    }

    /** passage text → id, over the whole index. */
    private Map<String, String> passageIds(TestHttp http) {
        Map<String, String> out = new HashMap<>();
        for (JsonNode d : http.get("/api/documents").json().get("documents")) {
            for (JsonNode p : http.get("/api/documents/" + d.get("id").asText() + "/passages").json().get("passages")) {
                out.put(p.get("text").asText().strip(), p.get("passageId").asText());
            }
        }
        return out;
    }

    @Test
    void editedAndRemovedDocumentsKeepTheSnapshotAndSayWhatHappened() throws IOException {
        write("workshop.txt", "รายงานการประชุมเชิงปฏิบัติการ", KEEP, EDIT, MOVE);
        write("gone.txt", "รายงานที่จะถูกลบ", GONE);
        ingestor.ingest(CORPUS);
        TestHttp http = new TestHttp(server.getURI());
        Map<String, String> ids = passageIds(http);
        for (String t : List.of(KEEP, EDIT, MOVE, GONE)) {
            assertTrue(ids.containsKey(t), "a passage of its own: " + t + " in " + ids.keySet());
        }

        TestHttp.Response created = http.send("POST", "/api/collections",
                HttpRequest.BodyPublishers.ofString("{\"title\":\"ก่อนนำเข้าใหม่\"}"), auth());
        assertEquals(201, created.status(), created.body());
        long id = created.json().get("id").asLong();
        for (String t : List.of(KEEP, EDIT, MOVE, GONE)) {
            TestHttp.Response r = http.send("POST", "/api/collections/" + id + "/items", HttpRequest.BodyPublishers.ofString(
                    CollectionsApiTest.json(Map.of("passageId", ids.get(t), "note", "บันทึก " + t.substring(0, 10)))), auth());
            assertEquals(201, r.status(), r.body());
        }

        // an edit in place, a new paragraph above another (its passage id shifts), and a removed file
        String edited = EDIT.replace("สามวันทำการ", "ห้าวันทำการ");
        write("workshop.txt", "รายงานการประชุมเชิงปฏิบัติการ", KEEP, edited,
                "ย่อหน้าใหม่ที่เพิ่มเข้ามาภายหลัง กล่าวถึงงบประมาณของโครงการและแผนการดำเนินงานในปีถัดไปของหน่วยงานโดยละเอียด", MOVE);
        Files.delete(CORPUS.resolve("gone.txt"));
        ingestor.ingest(CORPUS);
        Map<String, String> after = passageIds(http);

        JsonNode items = http.get("/api/collections/" + id, auth()).json().get("items");
        assertEquals(4, items.size(), items.toString());
        Map<String, JsonNode> byText = new HashMap<>();
        items.forEach(i -> byText.put(i.at("/snapshot/text").asText().strip(), i));

        assertEquals("current", byText.get(KEEP).get("status").asText());
        assertTrue(byText.get(KEEP).get("replacedBy").isNull());

        JsonNode e = byText.get(EDIT);
        assertEquals("changed", e.get("status").asText(), e.toString());
        assertEquals(after.get(edited), e.get("replacedBy").asText());
        assertTrue(e.get("replacedByLink").asText().contains("passage=" + after.get(edited)), e.toString());

        JsonNode m = byText.get(MOVE);
        assertEquals("changed", m.get("status").asText(), m.toString());
        assertEquals(after.get(MOVE), m.get("replacedBy").asText());
        assertNotEquals(ids.get(MOVE), after.get(MOVE), "the moved passage has a new id");

        JsonNode g = byText.get(GONE);
        assertEquals("removed", g.get("status").asText(), g.toString());
        assertTrue(g.get("replacedBy").isNull());
        assertEquals("gone.txt", g.at("/snapshot/source").asText(), "the citation survives");
        assertTrue(g.get("note").asText().startsWith("บันทึก"), g.toString());
    }
}
