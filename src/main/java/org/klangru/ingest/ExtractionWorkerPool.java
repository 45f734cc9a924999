package org.klangru.ingest;

import org.klangru.ingest.ocr.OcrSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Worker JVMs that parse files for {@link TikaExtractor}, so that a parser's hang, out-of-memory or crash costs a
 * worker and the one file, never the ingest or the server. Workers start on first use (a JVM and Tika take
 * seconds), are kept warm between files, and are replaced after a failure of the process or after
 * {@link #FILES_PER_WORKER} files (parsers that leak memory). There are as many as threads ask at once.
 * Thread-safe.
 */
final class ExtractionWorkerPool implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ExtractionWorkerPool.class);

    /** A fresh worker after this many files, against slow leaks in parsers. */
    static final int FILES_PER_WORKER = 2_000;
    /** Time for a worker JVM to start and load Tika, beyond which it is taken as broken. */
    private static final long STARTUP_MILLIS = 120_000;

    private final ExtractionLimits limits;
    private final OcrSettings ocr;
    private final ExtractionIsolation isolation;
    private final ConcurrentLinkedDeque<WorkerProcess> idle = new ConcurrentLinkedDeque<>();
    private final List<WorkerProcess> all = new ArrayList<>();
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "klangru-extraction-watchdog");
        t.setDaemon(true);
        return t;
    });
    private boolean closed;

    ExtractionWorkerPool(ExtractionLimits limits, OcrSettings ocr, ExtractionIsolation isolation) {
        this.limits = limits;
        this.ocr = ocr;
        this.isolation = isolation;
    }

    ExtractedDocument extract(Path file, String contentHash) throws ExtractionException {
        WorkerProcess w = acquire();
        boolean reusable = false;
        try {
            ExtractedDocument d = w.extract(file, contentHash, isolation.timeout().toMillis(),
                    ocr.enabled() ? ocr.timeout().toMillis() : 0);
            reusable = true;
            return d;
        } catch (ExtractionException e) {
            reusable = w.alive(); // the file's own failure leaves the worker fine; a crash or timeout does not
            if (!reusable) {
                LOG.warn("{}: extraction worker replaced: {}", file.getFileName(), e.getMessage());
            }
            throw e;
        } finally {
            release(w, reusable);
        }
    }

    private WorkerProcess acquire() throws ExtractionException {
        WorkerProcess w;
        while ((w = idle.pollFirst()) != null) {
            if (w.alive()) {
                return w;
            }
            forget(w);
        }
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("the extractor is closed");
            }
        }
        try {
            long startupMillis = Math.max(STARTUP_MILLIS, isolation.timeout().toMillis());
            w = WorkerProcess.start(isolation, limits, ocr, watchdog, startupMillis);
        } catch (IOException e) {
            // the machine, not the file: the reason says so and the file is tried again when the worker can start
            throw new ExtractionException(FailureReason.WORKER_UNAVAILABLE, e.getMessage(), e);
        }
        synchronized (this) {
            all.add(w);
        }
        return w;
    }

    private void release(WorkerProcess w, boolean reusable) {
        boolean closedNow;
        synchronized (this) {
            closedNow = closed;
        }
        if (reusable && !closedNow && w.files() < FILES_PER_WORKER) {
            idle.addFirst(w); // the most recently used worker is the warmest
            return;
        }
        if (reusable) {
            w.stop();
        } else {
            w.kill();
        }
        forget(w);
    }

    private synchronized void forget(WorkerProcess w) {
        all.remove(w);
    }

    /** Stops every worker; those busy with a file are killed. */
    @Override
    public void close() {
        List<WorkerProcess> workers;
        synchronized (this) {
            closed = true;
            workers = new ArrayList<>(all);
            all.clear();
        }
        idle.clear();
        for (WorkerProcess w : workers) {
            w.kill();
        }
        watchdog.shutdownNow();
    }
}
