package org.klangru.api;

import io.micronaut.runtime.server.event.ServerShutdownEvent;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.klangru.index.IndexConfig;
import org.klangru.index.PassageIndex;
import org.klangru.ingest.CorpusWatcher;
import org.klangru.ingest.IngestConfig;
import org.klangru.ingest.IngestRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Once the server listens: searchers follow writes within {@code klangru.index.refresh-ms}, and with
 * {@code klangru.ingest.watch} the corpus folder is watched and changes are ingested in the background. Both start
 * only then, so the first sync of {@code serve} (before listening) indexes at full speed.
 */
@Singleton
class LiveIndexing {
    private static final Logger LOG = LoggerFactory.getLogger(LiveIndexing.class);

    private final PassageIndex store;
    private final IndexConfig indexConfig;
    private final IngestConfig ingestConfig;
    private final IngestRunner runner;
    private final CorpusLocation corpus;
    private CorpusWatcher watcher;

    LiveIndexing(PassageIndex store, IndexConfig indexConfig, IngestConfig ingestConfig, IngestRunner runner, CorpusLocation corpus) {
        this.store = store;
        this.indexConfig = indexConfig;
        this.ingestConfig = ingestConfig;
        this.runner = runner;
        this.corpus = corpus;
    }

    @EventListener
    void onStartup(ServerStartupEvent event) {
        store.refreshEvery(Duration.ofMillis(indexConfig.getRefreshMs()));
        if (ingestConfig.isWatch()) {
            startWatching();
        }
    }

    private synchronized void startWatching() {
        Path folder = corpus.path();
        if (watcher != null) {
            return;
        }
        if (!Files.isDirectory(folder)) {
            LOG.warn("ไม่พบโฟลเดอร์เอกสาร {} จึงไม่ได้เฝ้าดู (corpus folder not found; not watching)", folder);
            return;
        }
        try {
            watcher = new CorpusWatcher(folder, store.dir(), Duration.ofMillis(ingestConfig.getWatchDebounceMs()),
                    Duration.ofSeconds(ingestConfig.getWatchRescanSeconds()), this::requestRun).start();
        } catch (IOException e) {
            LOG.warn("cannot watch {}: {}", folder, e.toString());
        }
    }

    private void requestRun() {
        runner.request();
    }

    /** Whether changes on disk are being followed (for health). */
    synchronized boolean watching() {
        return watcher != null;
    }

    @EventListener
    void onShutdown(ServerShutdownEvent event) {
        stopWatching();
    }

    @PreDestroy
    synchronized void stopWatching() {
        if (watcher != null) {
            watcher.close();
            watcher = null;
        }
    }
}
