package org.klangru.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.klangru.Eventually;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.*;

/** The watcher on a real folder: new sub-folders are followed, a burst of files is one request, close stops it. */
class CorpusWatcherTest {
    private static final Duration LIMIT = Duration.ofSeconds(30);

    @Test
    void aBurstOfFilesInANewSubFolderIsOneRequestAndCloseStopsTheThread(@TempDir Path tmp) throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        AtomicInteger requests = new AtomicInteger();
        CorpusWatcher watcher = new CorpusWatcher(corpus, tmp.resolve("index"), Duration.ofMillis(500), Duration.ZERO,
                requests::incrementAndGet).start();
        try {
            Path folder = Files.createDirectories(corpus.resolve("ปี 2567/ไตรมาส 1"));
            for (int i = 0; i < 20; i++) {
                Files.writeString(folder.resolve("ข่าว-" + i + ".txt"), "ข่าวประชาสัมพันธ์ฉบับที่ " + i);
            }
            Eventually.await(LIMIT, "a run requested", () -> requests.get() > 0);
            assertEquals(1, requests.get(), "twenty files written within the quiet time ask for one run");

            int before = requests.get();
            Files.writeString(folder.resolve("ข่าว-0.txt"), "แก้ไขข่าวประชาสัมพันธ์ฉบับแรก"); // in the sub-folder registered on the fly
            Eventually.await(LIMIT, "a change in the new sub-folder noticed", () -> requests.get() > before);
        } finally {
            watcher.close();
        }
        assertTrue(Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.getName().equals("klangru-watch") && t.isAlive()), "the watcher thread ended");
    }

    @Test
    void withoutEventsTheRescanFindsAnAddedFile(@TempDir Path tmp) throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("old.txt"), "รายงานผลการดำเนินงานประจำไตรมาสแรก");
        AtomicInteger requests = new AtomicInteger();
        CorpusWatcher watcher = new CorpusWatcher(corpus, tmp.resolve("index"), Duration.ofMillis(100), Duration.ofMillis(200),
                requests::incrementAndGet, false).start();
        try {
            Files.writeString(corpus.resolve("new.txt"), "รายงานผลการดำเนินงานประจำไตรมาสที่สอง");
            Eventually.await(LIMIT, "the added file found by the rescan", () -> requests.get() > 0);
            assertEquals(1, requests.get(), "one change, one request");
        } finally {
            watcher.close();
        }
    }
}
