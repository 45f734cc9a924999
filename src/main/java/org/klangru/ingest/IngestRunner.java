package org.klangru.ingest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs {@link Ingestor#ingest} one run at a time. A request that arrives while a run is going is not refused and
 * not run alongside: it becomes one follow-up run after the current one (however many requests arrive meanwhile),
 * because files may have changed after the running one listed them. Background runs go on a thread of their own;
 * the first sync of {@code serve} runs on the caller's thread through {@link #runNow}.
 */
public final class IngestRunner implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(IngestRunner.class);

    private final Ingestor ingestor;
    private final Supplier<Path> corpus;
    private final Consumer<IngestReport> onReport;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "klangru-reindex");
        t.setDaemon(true);
        return t;
    });

    // guarded by this
    private boolean running;
    private boolean followUp;
    private boolean closed;
    private Instant started;
    private Instant finished;
    private long runs;
    private String lastError;
    private volatile int filesDone;
    private volatile int filesTotal;
    private volatile int failuresSoFar;

    /**
     * @param corpus   the folder to ingest, looked up at the start of each run
     * @param onReport receives the report of each run that completes
     */
    public IngestRunner(Ingestor ingestor, Supplier<Path> corpus, Consumer<IngestReport> onReport) {
        this.ingestor = ingestor;
        this.corpus = corpus;
        this.onReport = onReport;
    }

    /** What the runner is doing, as one consistent picture. */
    public record State(boolean running, boolean followUpQueued, Instant started, Instant finished, long runs,
                        int filesDone, int filesTotal, int failures, String lastError) {}

    public synchronized State state() {
        return new State(running, followUp, started, finished, runs, filesDone, filesTotal, failuresSoFar, lastError);
    }

    /**
     * Starts a background run, or queues one follow-up run when one is going.
     *
     * @return the state right after the request: {@code running} is true either way
     */
    public synchronized State request() {
        if (closed) {
            throw new IllegalStateException("the ingest runner is closed");
        }
        if (running) {
            followUp = true;
        } else {
            begin();
            thread.execute(this::runInBackground);
        }
        return state();
    }

    /**
     * Runs on the caller's thread and returns the report; for the first sync before the server listens.
     *
     * @throws IllegalStateException when a run is already going
     */
    public IngestReport runNow(IngestProgress progress) throws IOException {
        synchronized (this) {
            if (running || closed) {
                throw new IllegalStateException("an ingest run is already going");
            }
            begin();
        }
        IngestReport report = null;
        Exception failure = null;
        try {
            report = runOnce(progress);
            return report;
        } catch (IOException | RuntimeException e) {
            failure = e;
            throw e;
        } finally {
            synchronized (this) {
                end(report, failure);
                running = false;
                if (followUp && !closed) { // asked for during this run: it goes to the background thread
                    followUp = false;
                    begin();
                    thread.execute(this::runInBackground);
                }
                notifyAll();
            }
        }
    }

    private void runInBackground() {
        while (true) {
            IngestReport report = null;
            Exception failure = null;
            try {
                report = runOnce(IngestProgress.NONE);
            } catch (Cancelled e) {
                LOG.info("ingest run stopped: the server is shutting down");
            } catch (IOException | RuntimeException e) {
                LOG.warn("background ingest failed: {}", e.toString());
                failure = e;
            }
            synchronized (this) {
                end(report, failure);
                if (followUp && !closed) {
                    followUp = false;
                    begin();
                    continue;
                }
                running = false;
                notifyAll();
                return;
            }
        }
    }

    private IngestReport runOnce(IngestProgress progress) throws IOException {
        IngestReport report = ingestor.ingest(corpus.get(), (done, total, bytesDone, bytesTotal, failed) -> {
            filesDone = done;
            filesTotal = total;
            failuresSoFar = failed;
            progress.update(done, total, bytesDone, bytesTotal, failed);
            if (isClosed()) {
                throw new Cancelled(); // leaves the run between two files; what is written so far stays
            }
        });
        onReport.accept(report);
        return report;
    }

    private void begin() {
        running = true;
        started = Instant.now();
        filesDone = 0;
        filesTotal = 0;
        failuresSoFar = 0;
    }

    private void end(IngestReport report, Exception failure) {
        finished = Instant.now();
        runs++;
        lastError = failure == null ? null : String.valueOf(failure.getMessage());
        if (report != null) {
            failuresSoFar = report.failures().size();
        }
    }

    private synchronized boolean isClosed() {
        return closed;
    }

    /**
     * Stops taking requests, asks a running run to stop after its current file, and waits (bounded) for it, so the
     * index is not closed under a run.
     */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            followUp = false;
        }
        thread.shutdown();
        try {
            if (!thread.awaitTermination(60, TimeUnit.SECONDS)) {
                LOG.warn("an ingest run did not stop within 60 s; closing anyway");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Thrown from the progress callback to end a run early when the runner closes. */
    private static final class Cancelled extends RuntimeException {
        Cancelled() {
            super("ingest cancelled", null, false, false);
        }
    }
}
