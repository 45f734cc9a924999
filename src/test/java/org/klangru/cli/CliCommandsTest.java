package org.klangru.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.klangru.TestCorpora;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** The {@code index} and {@code search} commands through their real command objects and a real index on disk. */
class CliCommandsTest {

    private record Run(int exit, String out, String err) {}

    private static Run run(Object command, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        if (command instanceof IndexCommand c) {
            c.out = o;
            c.err = e;
        } else if (command instanceof SearchCommand c) {
            c.out = o;
            c.err = e;
        }
        int exit = new CommandLine(command).execute(args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void indexThenSearchThenReindexSkipsUnchangedAndRemovesDeleted(@TempDir Path tmp) throws Exception {
        Path corpus = TestCorpora.copy("corpus-e2e", tmp.resolve("corpus"));
        Path index = tmp.resolve("index");

        Run first = run(new IndexCommand(), "--corpus", corpus.toString(), "--index", index.toString());
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.out().contains("added 3, updated 0, unchanged 0, removed 0, failed 0"), first.out());

        Run search = run(new SearchCommand(), "ชุมชนนักปฏิบัติ", "--index", index.toString());
        assertEquals(0, search.exit(), search.err());
        assertTrue(search.out().contains("1. แผนการจัดการความรู้ ประจำปีงบประมาณ พ.ศ. 2567 — km-plan.txt"), search.out());
        assertTrue(search.out().contains("«ชุมชนนักปฏิบัติ»"), search.out());

        Files.delete(corpus.resolve("sub/sop.txt"));
        Files.writeString(corpus.resolve("km-plan.txt"), "\nเพิ่มบรรทัดใหม่เรื่องการเรียนรู้ข้ามหน่วยงาน\n",
                java.nio.file.StandardOpenOption.APPEND);
        Run second = run(new IndexCommand(), "--corpus", corpus.toString(), "--index", index.toString());
        assertTrue(second.out().contains("added 0, updated 1, unchanged 1, removed 1, failed 0"), second.out());

        Run gone = run(new SearchCommand(), "ขั้นตอนที่ 3 รายงานผลการดำเนินงานต่อผู้บริหาร", "--index", index.toString());
        assertFalse(gone.out().contains("sop.txt"), gone.out());
        Run added = run(new SearchCommand(), "การเรียนรู้ข้ามหน่วยงาน", "--index", index.toString());
        assertTrue(added.out().contains("«การเรียนรู้ข้ามหน่วยงาน»"), added.out());
    }

    @Test
    void searchWithoutAnIndexSaysHowToMakeOne(@TempDir Path tmp) {
        Run r = run(new SearchCommand(), "คำค้น", "--index", tmp.resolve("none").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("./klangru index"), r.err());
    }

    @Test
    void searchRejectsABadCategory(@TempDir Path tmp) {
        Run r = run(new SearchCommand(), "คำค้น", "--category", "9", "--index", tmp.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("1–7"), r.err());
    }

    @Test
    void indexOfAMissingFolderFailsClearly(@TempDir Path tmp) {
        Run r = run(new IndexCommand(), "--corpus", tmp.resolve("nope").toString(), "--index", tmp.resolve("i").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("corpus folder not found"), r.err());
    }
}
