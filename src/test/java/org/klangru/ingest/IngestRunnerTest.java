package org.klangru.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.klangru.Eventually;
import org.klangru.analysis.AnalyzerChoice;
import org.klangru.index.IndexStore;
import org.klangru.taxonomy.Taxonomy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.*;

/**
 * One run at a time: a second run is refused while one goes, and requests made during a run become exactly one
 * follow-up run that sees what changed meanwhile. The requests are made from inside the run (its progress
 * callback), so the order is certain without timing.
 */
class IngestRunnerTest {

    @Test
    void requestsDuringARunBecomeOneFollowUpRunThatSeesTheNewFile(@TempDir Path tmp) throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        for (int i = 0; i < 3; i++) {
            Files.writeString(corpus.resolve("plan-" + i + ".txt"), "แผนการจัดการความรู้ของกองที่ " + i + "\nกิจกรรมชุมชนนักปฏิบัติรอบที่ " + i);
        }
        List<IngestReport> reports = new CopyOnWriteArrayList<>();
        try (IndexStore store = IndexStore.openWritable(tmp.resolve("index"), "test", AnalyzerChoice.KLANGRU)) {
            Ingestor ingestor = new Ingestor(store, new TikaExtractor(ExtractionLimits.DEFAULT), new PassageLabeler(Taxonomy.loadDefault()), 1);
            try (IngestRunner runner = new IngestRunner(ingestor, () -> corpus, reports::add)) {
                AtomicReference<IngestRunner.State> duringRun = new AtomicReference<>();
                AtomicReference<Exception> secondRunNow = new AtomicReference<>();
                IngestReport first = runner.runNow((done, total, bytesDone, bytesTotal, failed) -> {
                    if (duringRun.get() == null) {
                        try {
                            Files.writeString(corpus.resolve("late.txt"), "เอกสารที่เพิ่มเข้ามาระหว่างการนำเข้า");
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                        runner.request();
                        duringRun.set(runner.request());
                        try {
                            runner.runNow(IngestProgress.NONE);
                        } catch (IllegalStateException | IOException e) {
                            secondRunNow.set(e);
                        }
                    }
                });
                assertEquals(3, first.added(), first.summary());
                assertTrue(duringRun.get().running() && duringRun.get().followUpQueued(), duringRun.get().toString());
                assertInstanceOf(IllegalStateException.class, secondRunNow.get(), "a second run at once is refused");

                Eventually.await(Duration.ofSeconds(60), "the follow-up run finished", () -> !runner.state().running());
                assertEquals(2, runner.state().runs(), "two requests during the run made one follow-up run");
                assertEquals(2, reports.size());
                assertEquals(1, reports.get(1).added(), "the follow-up run found the file added meanwhile");
                assertEquals(4, reports.get(1).documents());
            }
        }
    }
}
