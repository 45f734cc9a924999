package org.klangru.ingest;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.nio.file.Path;

/** What to ingest and the limits of extraction ({@code klangru.ingest.*}). */
@ConfigurationProperties("klangru.ingest")
public class IngestConfig {
    /** Folder of source documents, read recursively. */
    private Path corpus = Path.of("corpus");
    /** Files larger than this are reported and skipped. */
    private long maxFileBytes = 100L * 1024 * 1024;
    /** Extracted characters kept per file; the rest is reported as truncated. */
    private int maxCharsPerFile = 5_000_000;
    /** Files extracted and analysed at once; 0 means one per processor core. */
    private int threads = 0;
    /** Watch the corpus folder while serving and ingest what changes, without a restart. */
    private boolean watch = false;
    /** Quiet time after the last change on disk before a run starts, so a copy of many files is one run. */
    private long watchDebounceMs = 1000;
    /** A full listing compared with the last one this often (0: never), for filesystems whose events get lost. */
    private long watchRescanSeconds = 60;

    public boolean isWatch() {
        return watch;
    }

    public void setWatch(boolean watch) {
        this.watch = watch;
    }

    public long getWatchDebounceMs() {
        return watchDebounceMs;
    }

    public void setWatchDebounceMs(long watchDebounceMs) {
        this.watchDebounceMs = watchDebounceMs;
    }

    public long getWatchRescanSeconds() {
        return watchRescanSeconds;
    }

    public void setWatchRescanSeconds(long watchRescanSeconds) {
        this.watchRescanSeconds = watchRescanSeconds;
    }

    /** Where Tika parses: {@code process} (worker JVMs) or {@code in-process}. */
    private String isolation = "process";
    /** Heap of each extraction worker JVM, in MB. */
    private int workerHeapMb = 512;
    /** Parsing time allowed per file in a worker, in seconds (OCR has its own limit on top). */
    private int timeoutSeconds = 120;
    /** How often a long ingest commits, so that a crash loses at most this much work. */
    private int commitIntervalSeconds = 30;

    public String getIsolation() {
        return isolation;
    }

    public void setIsolation(String isolation) {
        this.isolation = isolation;
    }

    public int getWorkerHeapMb() {
        return workerHeapMb;
    }

    public void setWorkerHeapMb(int workerHeapMb) {
        this.workerHeapMb = workerHeapMb;
    }

    public int getTimeoutSeconds() {
        return timeoutSeconds;
    }

    public void setTimeoutSeconds(int timeoutSeconds) {
        this.timeoutSeconds = timeoutSeconds;
    }

    public int getCommitIntervalSeconds() {
        return commitIntervalSeconds;
    }

    public void setCommitIntervalSeconds(int commitIntervalSeconds) {
        this.commitIntervalSeconds = commitIntervalSeconds;
    }

    /** The isolation settings as a plain value. */
    public ExtractionIsolation isolation() {
        return new ExtractionIsolation(ExtractionIsolation.Mode.parse(isolation), workerHeapMb,
                java.time.Duration.ofSeconds(timeoutSeconds));
    }

    /** The commit interval; at least one second. */
    public java.time.Duration commitInterval() {
        return java.time.Duration.ofSeconds(Math.max(1, commitIntervalSeconds));
    }

    public int getThreads() {
        return threads;
    }

    public void setThreads(int threads) {
        this.threads = threads;
    }

    /** The number of ingest workers to run. */
    public int workerCount() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    public Path getCorpus() {
        return corpus;
    }

    public void setCorpus(Path corpus) {
        this.corpus = corpus;
    }

    public long getMaxFileBytes() {
        return maxFileBytes;
    }

    public void setMaxFileBytes(long maxFileBytes) {
        this.maxFileBytes = maxFileBytes;
    }

    public int getMaxCharsPerFile() {
        return maxCharsPerFile;
    }

    public void setMaxCharsPerFile(int maxCharsPerFile) {
        this.maxCharsPerFile = maxCharsPerFile;
    }

    /** The limits as a plain value, for code that runs without a Micronaut context. */
    public ExtractionLimits limits() {
        return new ExtractionLimits(maxFileBytes, maxCharsPerFile);
    }
}
