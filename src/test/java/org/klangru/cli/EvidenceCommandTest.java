package org.klangru.cli;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.klangru.TestCorpora;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** {@code klangru evidence} through the real command line and a real index on disk, read-only. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidenceCommandTest {
    Path work;
    Path index;

    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        EvidenceCommand c = new EvidenceCommand();
        c.stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
        c.err = new PrintStream(err, true, StandardCharsets.UTF_8);
        int exit = new CommandLine(c).execute(args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @BeforeAll
    void index() throws Exception {
        work = Files.createTempDirectory("klangru-evidence-cli");
        Path corpus = TestCorpora.copy("evidence-corpus", work.resolve("corpus"));
        index = work.resolve("index");
        IndexCommand ic = new IndexCommand();
        ic.out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        ic.err = ic.out;
        assertEquals(0, new CommandLine(ic).execute("--corpus", corpus.toString(), "--index", index.toString()));
    }

    @Test
    void writesADocxAndPrintsTheCoverage(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("sub/หมวด4.docx");
        Run r = run("--category", "4", "--index", index.toString(), "--out", out.toString(), "--base-url",
                "https://klangru.example.go.th/");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("พบหลักฐาน 15 จาก 20 หัวข้อ"), r.out());
        assertTrue(r.out().contains("KM 6") && r.out().contains("หลักฐานชัดเจน"), r.out());
        try (InputStream in = Files.newInputStream(out); XWPFDocument doc = new XWPFDocument(in)) {
            assertEquals("แฟ้มหลักฐานหมวด 4 การวัด การวิเคราะห์ และการจัดการความรู้",
                    doc.getProperties().getCoreProperties().getTitle());
            assertTrue(doc.getDocument().xmlText().contains("TOC \\o"));
        }
    }

    @Test
    void markdownGoesToTheTerminalWithoutOut() {
        Run r = run("--category", "4", "--framework", "fl2", "--index", index.toString(), "--base-url",
                "https://klangru.example.go.th");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("# แฟ้มหลักฐานหมวด 4"), r.out().substring(0, Math.min(200, r.out().length())));
        assertTrue(r.out().contains("](https://klangru.example.go.th/?view=doc&id="), "links use the base URL");
    }

    @Test
    void jsonByExtensionWithFilters(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("pack.json");
        Run r = run("--category", "4", "--year", "2568", "--agency", "กรมพัฒนาความรู้ตัวอย่าง", "--index",
                index.toString(), "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        String json = Files.readString(out);
        assertTrue(json.contains("\"years\" : [ 2568 ]"), json.substring(0, 600));
        assertTrue(json.contains("\"agencies\" : [ \"กรมพัฒนาความรู้ตัวอย่าง\" ]"));
    }

    @Test
    void mistakesExitWith2AndSayWhatToFix(@TempDir Path tmp) {
        Run noCategory = run("--index", index.toString());
        assertEquals(2, noCategory.exit());
        assertTrue(noCategory.err().contains("--category"), noCategory.err());
        Run docxToTerminal = run("--category", "4", "--format", "docx", "--index", index.toString());
        assertEquals(2, docxToTerminal.exit());
        assertTrue(docxToTerminal.err().contains("--out"), docxToTerminal.err());
        Run noCodes = run("--category", "7", "--framework", "fl2552", "--index", index.toString(), "--out",
                tmp.resolve("x.docx").toString());
        assertEquals(2, noCodes.exit());
        assertTrue(noCodes.err().contains("pmqa40"), noCodes.err());
        Run badYear = run("--category", "4", "--year", "67", "--index", index.toString());
        assertEquals(2, badYear.exit());
        Run noIndex = run("--category", "4", "--index", tmp.resolve("none").toString(), "--out",
                tmp.resolve("x.md").toString());
        assertEquals(2, noIndex.exit());
        assertTrue(noIndex.err().contains("./klangru index"), noIndex.err());
        Run unknownExtension = run("--category", "4", "--index", index.toString(), "--out", tmp.resolve("x.pdf").toString());
        assertEquals(2, unknownExtension.exit());
    }
}
