package org.klangru.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.klangru.TestCorpora;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Failures are kept in the index across real {@code klangru index} processes: an unchanged failed file is reported
 * again from its record without being parsed, and a changed one is parsed again.
 */
class FailureRecordProcessTest {
    static final List<String> SETTINGS = List.of("klangru.ingest.threads=2", "klangru.ocr.enabled=false");

    @Test
    void anUnchangedFailedFileIsReportedFromItsRecordAndAChangedOneIsReadAgain(@TempDir Path tmp) throws Exception {
        Path corpus = TestCorpora.copyFiles(tmp.resolve("corpus"), "/formats/sample.docx", "/formats/sample.txt",
                "/formats/encrypted.pdf");
        byte[] junk = new byte[50_000];
        new Random(1).nextBytes(junk);
        Files.write(corpus.resolve("junk.pdf"), junk);
        Files.write(corpus.resolve("zero.pdf"), new byte[0]);
        Path index = tmp.resolve("index");
        Path logs = tmp.resolve("logs");
        String[] args = {"index", "--corpus", corpus.toString(), "--index", index.toString()};

        KlangruProcess first = KlangruProcess.start(logs, "first", SETTINGS, args);
        assertEquals(0, first.await(), first.err());
        assertTrue(first.out().contains("added 2, updated 0, unchanged 0, removed 0, failed 3"), first.out());

        KlangruProcess second = KlangruProcess.start(logs, "second", SETTINGS, args);
        assertEquals(0, second.await(), second.err());
        String report = second.out();
        assertTrue(report.contains("added 0, updated 0, unchanged 5, removed 0, failed 3"), report);
        assertTrue(report.contains("junk.pdf — ไฟล์เสียหายหรืออ่านไม่ได้ (corrupt or unreadable file)"), report);
        assertTrue(report.contains("zero.pdf — ไฟล์ว่าง (empty file)"), report);
        assertTrue(report.contains("encrypted.pdf — ไฟล์มีการเข้ารหัสหรือตั้งรหัสผ่าน"), report);

        TestCorpora.copyFiles(tmp.resolve("fixed"), "/formats/sample.pdf");
        Files.copy(tmp.resolve("fixed/sample.pdf"), corpus.resolve("junk.pdf"), StandardCopyOption.REPLACE_EXISTING);
        KlangruProcess third = KlangruProcess.start(logs, "third", SETTINGS, args);
        assertEquals(0, third.await(), third.err());
        assertTrue(third.out().contains("added 1, updated 0, unchanged 4, removed 0, failed 2"), third.out());
    }
}
