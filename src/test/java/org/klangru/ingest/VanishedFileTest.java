package org.klangru.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.klangru.analysis.AnalyzerChoice;
import org.klangru.index.IndexStore;
import org.klangru.taxonomy.Taxonomy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A file deleted between the corpus listing and its reading (a watched folder being tidied) is gone, not a
 * failure. With one worker, the first progress call comes before the last file is read (at most four are in
 * flight), so deleting it there is deterministic.
 */
class VanishedFileTest {
    private static final int FILES = 8;

    @Test
    void aNewFileDeletedBeforeItIsReadIsNeitherAddedNorAFailure(@TempDir Path tmp) throws IOException {
        Path corpus = corpus(tmp);
        try (IndexStore store = IndexStore.openWritable(tmp.resolve("index"), "test", AnalyzerChoice.KLANGRU)) {
            IngestReport report = ingestor(store).ingest(corpus, deleteOnFirstProgress(corpus.resolve("doc-7.txt")));
            assertEquals(FILES - 1, report.added(), report.summary());
            assertEquals(0, report.failures().size(), report.summary());
            assertEquals(FILES - 1, report.documents());
        }
    }

    @Test
    void anIndexedFileDeletedDuringItsUpdateIsRemoved(@TempDir Path tmp) throws IOException {
        Path corpus = corpus(tmp);
        try (IndexStore store = IndexStore.openWritable(tmp.resolve("index"), "test", AnalyzerChoice.KLANGRU)) {
            Ingestor ingestor = ingestor(store);
            assertEquals(FILES, ingestor.ingest(corpus).added());
            for (int i = 0; i < FILES; i++) {
                Files.writeString(corpus.resolve("doc-" + i + ".txt"), "\nบรรทัดที่เพิ่มเข้ามาใหม่ครั้งที่ " + i + "\n",
                        StandardOpenOption.APPEND);
            }
            IngestReport report = ingestor.ingest(corpus, deleteOnFirstProgress(corpus.resolve("doc-7.txt")));
            assertEquals(FILES - 1, report.updated(), report.summary());
            assertEquals(1, report.removed(), report.summary());
            assertEquals(0, report.failures().size(), report.summary());
            assertEquals(FILES - 1, report.documents());
            assertFalse(store.fileStates().containsKey("doc-7.txt"), "nothing is kept for the deleted file");
        }
    }

    private static Ingestor ingestor(IndexStore store) {
        return new Ingestor(store, new TikaExtractor(ExtractionLimits.DEFAULT), new PassageLabeler(Taxonomy.loadDefault()), 1);
    }

    private static IngestProgress deleteOnFirstProgress(Path file) {
        AtomicBoolean deleted = new AtomicBoolean();
        return (done, total, bytesDone, bytesTotal, failed) -> {
            if (deleted.compareAndSet(false, true)) {
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        };
    }

    /** Eight short Thai documents, each its own text so none is a copy of another. */
    private static Path corpus(Path tmp) throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        for (int i = 0; i < FILES; i++) {
            Files.writeString(corpus.resolve("doc-" + i + ".txt"),
                    "รายงานการประชุมแลกเปลี่ยนเรียนรู้ครั้งที่ " + i + "\nหน่วยงานได้จัดทำแผนการจัดการความรู้และติดตามผลการดำเนินงานรอบที่ " + i + "\n");
        }
        return corpus;
    }
}
