package org.klangru.api;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.klangru.TestCorpora;
import org.klangru.TestHttp;
import org.klangru.collections.export.DocxHandout;
import org.klangru.collections.export.PptxSlides;
import org.klangru.text.MatchKey;
import org.klangru.evidence.LibreOffice;
import org.klangru.ingest.ExtractionLimits;
import org.klangru.ingest.Ingestor;
import org.klangru.ingest.TikaExtractor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Exports of a collection through the real server: the Thai file name (RFC 5987), and the Thai quotations, citations
 * and notes read back out of the Markdown, the DOCX and the PPTX (with POI), and out of the PDF LibreOffice makes of
 * the DOCX and the PPTX.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CollectionsExportTest implements TestPropertyProvider {
    private static final String TOKEN = CollectionsApiTest.ALICE;
    private static final Path WORK = TestCorpora.tempDir("klangru-collections-export");
    private static final Path CORPUS = TestCorpora.copy("corpus-e2e", WORK.resolve("corpus"));
    static final String TITLE = "ตัวอย่างการจัดการข้อร้องเรียน รุ่นที่ 3";
    static final String NOTE_1 = "ชี้ให้เห็นการตอบกลับผู้ร้องภายในเวลาที่กำหนด";
    static final String NOTE_2 = "ใช้ตัวอย่างนี้เปิดการอภิปรายกลุ่ม";

    @Inject
    EmbeddedServer server;
    @Inject
    Ingestor ingestor;
    TestHttp http;
    long id;
    List<String> quoted = new ArrayList<>();
    List<String> sources = new ArrayList<>();

    @Override
    public Map<String, String> getProperties() {
        return Map.of("klangru.index.dir", WORK.resolve("index").toString(),
                "klangru.ingest.corpus", CORPUS.toString(),
                "klangru.security.tokens", "alice:" + TOKEN,
                "micronaut.server.port", "-1");
    }

    private String[] auth() {
        return CollectionsApiTest.auth(TOKEN);
    }

    @BeforeAll
    void collection() throws IOException {
        ingestor.ingest(CORPUS);
        http = new TestHttp(server.getURI());
        TestHttp.Response c = http.send("POST", "/api/collections", HttpRequest.BodyPublishers.ofString(
                CollectionsApiTest.json(Map.of("title", TITLE, "description", "สำหรับการอบรมผู้ประสานงานคุณภาพ"))), auth());
        assertEquals(201, c.status(), c.body());
        id = c.json().get("id").asLong();
        TestHttp.Response hits = http.get("/api/snippets", Map.of("q", "ข้อร้องเรียน", "size", "2"));
        List<String> notes = List.of(NOTE_1, NOTE_2);
        for (int i = 0; i < 2; i++) {
            String passage = hits.json().at("/hits/" + i + "/passageId").asText();
            TestHttp.Response r = http.send("POST", "/api/collections/" + id + "/items", HttpRequest.BodyPublishers.ofString(
                    CollectionsApiTest.json(Map.of("passageId", passage, "note", notes.get(i)))), auth());
            assertEquals(201, r.status(), r.body());
            quoted.add(r.json().at("/snapshot/text").asText());
            sources.add(r.json().at("/snapshot/source").asText());
        }
    }

    private HttpResponse<byte[]> export(String format) {
        try {
            HttpRequest request = HttpRequest.newBuilder(server.getURI().resolve("/api/collections/" + id + "/export?format=" + format))
                    .header("Authorization", "Bearer " + TOKEN).GET().build();
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    /** The first 40 characters of a quotation: long enough to be its own, short of where a slide cuts it. */
    private static String head(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        return t.substring(0, Math.min(40, t.length()));
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private void assertHasEverything(String text, String what) {
        String flat = flat(text);
        assertTrue(flat.contains(TITLE), what + " has the title");
        for (int i = 0; i < 2; i++) {
            assertTrue(flat.contains(head(quoted.get(i))), what + " quotes " + head(quoted.get(i)) + ":\n" + flat);
            assertTrue(flat.contains(sources.get(i)), what + " cites " + sources.get(i));
        }
        assertTrue(flat.contains(NOTE_1) && flat.contains(NOTE_2), what + " has the notes:\n" + flat);
    }

    @Test
    void markdownHasQuotationsCitationsAndNotesUnderAThaiFileName() {
        HttpResponse<byte[]> r = export("md");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("text/markdown"));
        String disposition = r.headers().firstValue("content-disposition").orElse("");
        assertTrue(disposition.contains("filename=\"collection-" + id + ".md\""), disposition);
        assertTrue(disposition.contains("filename*=UTF-8''" + URLEncoder.encode(TITLE, StandardCharsets.UTF_8).replace("+", "%20") + ".md"),
                disposition);
        String md = new String(r.body(), StandardCharsets.UTF_8);
        assertHasEverything(md, "Markdown");
        assertTrue(md.contains("> " + head(quoted.get(0))), "a block quote");
    }

    @Test
    void docxHandoutReadsBackWithThaiFontQuotesAndNotes() throws IOException {
        HttpResponse<byte[]> r = export("docx");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("content-disposition").orElse("").contains(".docx"));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(r.body()));
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertHasEverything(text.getText(), "DOCX");
            for (XWPFParagraph p : doc.getParagraphs()) {
                for (XWPFRun run : p.getRuns()) {
                    assertEquals(DocxHandout.FONT, run.getFontFamily(XWPFRun.FontCharRange.cs), "Thai runs in the Thai font");
                }
            }
        }
    }

    @Test
    void pptxHasATitleSlideThenOneSlidePerExampleInAWindowsFont() throws IOException {
        HttpResponse<byte[]> r = export("pptx");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("content-type").orElse("").contains("presentationml"));
        try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(r.body()))) {
            List<XSLFSlide> slides = show.getSlides();
            assertEquals(3, slides.size(), "a title slide and one per example");
            StringBuilder all = new StringBuilder();
            List<String> perSlide = new ArrayList<>();
            for (XSLFSlide s : slides) {
                StringBuilder one = new StringBuilder();
                for (XSLFShape shape : s.getShapes()) {
                    if (shape instanceof XSLFTextShape t) {
                        one.append(t.getText()).append('\n');
                        for (XSLFTextParagraph p : t.getTextParagraphs()) {
                            for (XSLFTextRun run : p.getTextRuns()) {
                                assertEquals(PptxSlides.FONT, run.getFontFamily(org.apache.poi.common.usermodel.fonts.FontGroup.COMPLEX_SCRIPT));
                            }
                        }
                    }
                }
                perSlide.add(flat(one.toString()));
                all.append(one);
            }
            assertHasEverything(all.toString(), "PPTX");
            assertTrue(perSlide.get(0).contains(TITLE));
            assertTrue(perSlide.get(1).contains(head(quoted.get(0))) && perSlide.get(1).contains(NOTE_1), perSlide.get(1));
            assertTrue(perSlide.get(2).contains(head(quoted.get(1))) && perSlide.get(2).contains(NOTE_2), perSlide.get(2));
        }
    }

    @Test
    void libreOfficeOpensTheDocxAndThePptxAndTheThaiComesBackOut(@TempDir Path tmp) throws Exception {
        Path soffice = LibreOffice.require();
        for (String format : List.of("docx", "pptx")) {
            Path file = Files.write(tmp.resolve("handout." + format), export(format).body());
            Path pdf = LibreOffice.toPdf(soffice, file, tmp);
            String text = new TikaExtractor(ExtractionLimits.DEFAULT).extract(pdf).fullText();
            // PDFBox may put a tone mark after the next consonant: compare without marks and spaces
            String key = skeleton(text);
            for (String expected : List.of(TITLE, NOTE_1, NOTE_2, head(quoted.get(0)), head(quoted.get(1)))) {
                assertTrue(key.contains(skeleton(expected)), format + " PDF lacks " + expected + ":\n" + text);
            }
        }
    }

    /** Text without spaces and Thai above/below marks, as DocxPdfRenderingTest compares PDF text. */
    private static String skeleton(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : MatchKey.of(s).toCharArray()) {
            boolean mark = c == '\u0E31' || (c >= '\u0E34' && c <= '\u0E3A') || (c >= '\u0E47' && c <= '\u0E4E');
            if (!mark && !Character.isWhitespace(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    @Test
    void evidencePackForACategoryQuotesOnlyTheCollectionsPassages() throws IOException {
        TestHttp.Response r = http.get("/api/collections/" + id + "/evidence?category=3", "Authorization", "Bearer " + TOKEN);
        assertEquals(200, r.status(), r.body());
        com.fasterxml.jackson.databind.JsonNode pack = r.json();
        assertTrue(pack.get("titleTh").asText().contains(TITLE), pack.get("titleTh").asText());
        assertTrue(pack.at("/notes/0").asText().contains("2 รายการ"), pack.at("/notes/0").asText());
        assertTrue(pack.at("/coverage/rows").asInt() > 0);
        List<String> texts = new ArrayList<>();
        pack.get("groups").forEach(g -> g.get("sections").forEach(s -> s.get("quotations")
                .forEach(q -> texts.add(q.get("text").asText()))));
        assertFalse(texts.isEmpty(), "the complaint-handling passages are evidence for category 3: " + r.body());
        for (String t : texts) {
            assertTrue(quoted.contains(t), "only the collection's passages are quoted: " + t);
        }

        HttpResponse<byte[]> docx = evidenceFile("docx");
        assertEquals(200, docx.statusCode());
        assertTrue(docx.headers().firstValue("content-disposition").orElse("").contains("filename*=UTF-8''"));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()));
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            String flat = flat(text.getText());
            assertTrue(flat.contains(TITLE) && flat.contains(head(texts.get(0))), flat);
        }
        assertEquals(400, http.get("/api/collections/" + id + "/evidence?category=9", "Authorization", "Bearer " + TOKEN).status());
        assertEquals(400, http.get("/api/collections/" + id + "/evidence", "Authorization", "Bearer " + TOKEN).status());
    }

    private HttpResponse<byte[]> evidenceFile(String format) {
        try {
            HttpRequest request = HttpRequest.newBuilder(server.getURI().resolve("/api/collections/" + id + "/evidence?category=3&format=" + format))
                    .header("Authorization", "Bearer " + TOKEN).GET().build();
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aBadFormatIsA400AndAPrivateCollectionIsNotExportedToOthers() {
        TestHttp.Response bad = http.get("/api/collections/" + id + "/export?format=pdf");
        assertEquals(400, bad.status(), bad.body());
        assertEquals("format", bad.json().get("parameter").asText());
        assertEquals(400, http.get("/api/collections/" + id + "/export").status());
        assertEquals(404, http.get("/api/collections/" + id + "/export?format=md").status(), "private, no token");
    }
}
