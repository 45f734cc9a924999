package org.klangru.ingest;

import org.klangru.ingest.ocr.OcrSettings;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One extraction worker JVM ({@link ExtractionWorker}) and its pipes. Used by one thread at a time. A request
 * that runs past its deadline gets the process killed by a watchdog; any failure of the process leaves this
 * object dead, to be replaced.
 */
final class WorkerProcess {
    /** The exit status of a JVM stopped by {@code -XX:+ExitOnOutOfMemoryError}. */
    static final int OOM_EXIT_STATUS = 3;

    private final Process process;
    private final DataOutputStream in;
    private final DataInputStream out;
    private final ScheduledExecutorService watchdog;
    private volatile boolean timedOut;
    private int files;

    private WorkerProcess(Process process, ScheduledExecutorService watchdog) {
        this.process = process;
        this.in = new DataOutputStream(new BufferedOutputStream(process.getOutputStream(), 1 << 16));
        this.out = new DataInputStream(new BufferedInputStream(process.getInputStream(), 1 << 16));
        this.watchdog = watchdog;
    }

    /** The worker's command line: this JVM's classpath, a small heap, death on out-of-memory. */
    static List<String> command(int heapMb) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx" + heapMb + "m");
        cmd.add("-XX:+ExitOnOutOfMemoryError");
        cmd.add("-XX:+UseSerialGC"); // one GC thread: workers share the cores with the ingest
        cmd.add("-Xshare:auto");
        cmd.add("-Djava.awt.headless=true");
        cmd.add("-Dfile.encoding=UTF-8");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(ExtractionWorker.class.getName());
        return cmd;
    }

    /** Starts a worker and waits until it has loaded Tika. */
    static WorkerProcess start(ExtractionIsolation isolation, ExtractionLimits limits, OcrSettings ocr,
                               ScheduledExecutorService watchdog, long startupMillis) throws IOException {
        Process p = new ProcessBuilder(command(isolation.workerHeapMb()))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        WorkerProcess w = new WorkerProcess(p, watchdog);
        ScheduledFuture<?> kill = w.killAt(startupMillis);
        try {
            WorkerProtocol.writeSettings(w.in, limits, ocr);
            int ready = w.out.read();
            if (ready != WorkerProtocol.READY) {
                throw new IOException("extraction worker did not start (" + w.death() + ")");
            }
            return w;
        } catch (IOException e) {
            w.kill();
            throw e instanceof java.io.EOFException || w.timedOut
                    ? new IOException("extraction worker did not start (" + w.death() + ")", e) : e;
        } finally {
            kill.cancel(false);
        }
    }

    /**
     * Parses one file in the worker.
     *
     * @param timeoutMillis    time for the parse
     * @param ocrTimeoutMillis time added when the worker says OCR has started
     * @throws ExtractionException the file's own failure, or TIMEOUT / OUT_OF_MEMORY / PARSER_CRASH, after which
     *                             this worker is dead
     */
    ExtractedDocument extract(Path file, String contentHash, long timeoutMillis, long ocrTimeoutMillis)
            throws ExtractionException {
        files++;
        ScheduledFuture<?> kill = killAt(timeoutMillis);
        try {
            WorkerProtocol.writeRequest(in, file, contentHash);
            while (true) {
                int frame = out.read();
                switch (frame) {
                    case WorkerProtocol.OCR_STARTED -> {
                        kill.cancel(false);
                        kill = killAt(ocrTimeoutMillis + timeoutMillis);
                    }
                    case WorkerProtocol.DOCUMENT -> {
                        return WorkerProtocol.readDocument(out);
                    }
                    case WorkerProtocol.FAILURE -> throw WorkerProtocol.readFailure(out);
                    default -> throw new IOException(frame < 0 ? "end of stream" : "unknown frame " + frame);
                }
            }
        } catch (IOException e) {
            ExtractionException why = diagnosis(timeoutMillis, e); // before the kill, which would hide an OOM's status
            kill();
            throw why;
        } finally {
            kill.cancel(false);
        }
    }

    private ExtractionException diagnosis(long timeoutMillis, IOException e) {
        if (timedOut) {
            return new ExtractionException(FailureReason.TIMEOUT, String.format(
                    "%d s (klangru.ingest.timeout-seconds)", Math.round(timeoutMillis / 1000.0)), null);
        }
        Integer status = exitStatus();
        if (status != null && status == OOM_EXIT_STATUS) {
            return new ExtractionException(FailureReason.OUT_OF_MEMORY, "-Xmx (klangru.ingest.worker-heap-mb)", null);
        }
        return new ExtractionException(FailureReason.PARSER_CRASH, death() + ": " + e.getMessage(), e);
    }

    /** Files this worker has been given. */
    int files() {
        return files;
    }

    boolean alive() {
        return process.isAlive() && !timedOut;
    }

    /** Ends the worker politely: it exits when its stdin closes. */
    void stop() {
        try {
            in.close();
        } catch (IOException e) {
            kill();
        }
        process.onExit().orTimeout(5, TimeUnit.SECONDS).exceptionally(t -> {
            process.destroyForcibly();
            return process;
        });
    }

    void kill() {
        process.destroyForcibly();
    }

    private ScheduledFuture<?> killAt(long millis) {
        return watchdog.schedule(() -> {
            timedOut = true;
            process.destroyForcibly();
        }, millis, TimeUnit.MILLISECONDS);
    }

    /** The exit status once the process has ended (waits briefly for a dying process), else null. */
    private Integer exitStatus() {
        try {
            return process.waitFor(10, TimeUnit.SECONDS) ? process.exitValue() : null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private String death() {
        Integer status = exitStatus();
        return status == null ? "worker pid " + process.pid() + " still running" : "worker exit status " + status;
    }
}
