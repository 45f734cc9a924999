package org.klangru.ingest;

import org.klangru.index.DocumentRecord;
import org.klangru.index.IndexFields;
import org.klangru.index.PassageIndex;
import org.klangru.index.PassageRecord;
import org.klangru.index.StoredFileState;
import org.klangru.passage.Passage;
import org.klangru.passage.PassageSplitter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Brings the index in line with a corpus folder: new and changed files are (re)indexed by upsert on
 * their id, unchanged files are skipped, documents whose file is gone are removed. A file that fails
 * is reported with its reason and the run goes on.
 */
public final class Ingestor {
    private static final Logger LOG = LoggerFactory.getLogger(Ingestor.class);

    private final PassageIndex store;
    private final TikaExtractor extractor;
    private final PassageSplitter splitter = new PassageSplitter();
    private final PassageLabeler labeler;
    private final int threads;
    /** How often a long run commits, so that a crash loses little ({@code klangru.ingest.commit-interval-seconds}). */
    private final Duration commitInterval;

    static final Duration DEFAULT_COMMIT_INTERVAL = Duration.ofSeconds(30);

    public Ingestor(PassageIndex store, TikaExtractor extractor, PassageLabeler labeler, int threads) {
        this(store, extractor, labeler, threads, DEFAULT_COMMIT_INTERVAL);
    }

    public Ingestor(PassageIndex store, TikaExtractor extractor, PassageLabeler labeler, int threads, Duration commitInterval) {
        this.store = store;
        this.extractor = extractor;
        this.labeler = labeler;
        this.threads = Math.max(1, threads);
        this.commitInterval = commitInterval;
    }

    public IngestReport ingest(Path corpus) throws IOException {
        return ingest(corpus, IngestProgress.NONE);
    }

    /**
     * Files that changed are extracted, split, labelled and analysed on {@code threads} workers at once; the
     * index writer takes their documents concurrently. Commits every {@code commitInterval} so that a
     * crash loses at most that much work.
     */
    public IngestReport ingest(Path corpus, IngestProgress progress) throws IOException {
        long started = System.nanoTime();
        Path root = corpus.toAbsolutePath().normalize();
        Map<String, StoredFileState> known = new HashMap<>(store.fileStates());
        List<IngestReport.Failure> failures = new ArrayList<>();
        int unchanged = 0;

        List<Path> files = CorpusFiles.list(root, store.dir());
        List<Work> work = new ArrayList<>();
        for (Path file : files) {
            String source = CorpusFiles.relative(root, file);
            StoredFileState before = known.remove(source);
            try {
                long size = Files.size(file);
                long mtime = Files.getLastModifiedTime(file).toMillis();
                if (before != null && before.fileSize() == size && before.fileMtime() == mtime && !retry(before)) {
                    unchanged++;
                    if (before.failed()) {
                        // failed before and unchanged since: reported again, not parsed again
                        failures.add(new IngestReport.Failure(source, FailureReason.valueOf(before.failureReason()), before.failureMessage()));
                    }
                    continue;
                }
                work.add(new Work(file, source, before, size, mtime));
            } catch (java.nio.file.NoSuchFileException e) {
                // deleted since the listing: gone, not a failure
                if (before != null) {
                    known.put(source, before);
                }
            } catch (IOException e) {
                failures.add(new IngestReport.Failure(source, FailureReason.IO_ERROR, FailureReason.IO_ERROR.describe(e.getMessage())));
            }
        }

        long bytesTotal = work.stream().mapToLong(Work::size).sum();
        int done = files.size() - work.size();
        long bytesDone = 0;
        int added = 0, updated = 0, vanished = 0;
        long lastCommit = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "klangru-ingest");
            t.setDaemon(true);
            return t;
        });
        try {
            // a bounded window of files in flight keeps memory flat on large corpora; outcomes are taken as they
            // finish, so one slow file (OCR of a long scan) does not hold up the files behind it
            CompletionService<Outcome> finished = new ExecutorCompletionService<>(pool);
            int inFlight = 0;
            int next = 0;
            while (next < work.size() || inFlight > 0) {
                while (next < work.size() && inFlight < threads * 4) {
                    Work w = work.get(next++);
                    finished.submit(() -> process(w));
                    inFlight++;
                }
                Outcome o = gone(await(finished));
                inFlight--;
                switch (o.kind()) {
                    case GONE -> vanished += o.work().before() == null ? 0 : 1;
                    case ADDED -> added++;
                    case UPDATED -> updated++;
                    case UNCHANGED -> unchanged++;
                    case FAILED -> failures.add(o.failure());
                }
                done++;
                bytesDone += o.work().size();
                progress.update(done, files.size(), bytesDone, bytesTotal, failures.size());
                if (System.nanoTime() - lastCommit > commitInterval.toNanos()) {
                    store.commit(Map.of(IndexFields.COMMIT_CORPUS, root.toString()));
                    lastCommit = System.nanoTime();
                }
            }
        } finally {
            pool.shutdownNow();
        }
        for (StoredFileState gone : known.values()) {
            store.delete(gone.documentId());
        }
        store.commit(Map.of(IndexFields.COMMIT_CORPUS, root.toString()));
        progress.update(files.size(), files.size(), bytesTotal, bytesTotal, failures.size());
        PassageIndex.Counts counts = store.counts();
        if (added + updated > counts.documents() / 2) {
            store.mergeForSearch(); // a first build or a rebuild: most of the index was just written
        }
        return new IngestReport(added, updated, unchanged, known.size() + vanished, failures, counts.documents(), counts.passages(),
                Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * Indexes one file of the corpus now, the same way a run would, and commits, so that it is searchable when
     * this returns (an upload's answer). The report holds either one added document or one failure.
     */
    public IngestReport ingestFile(Path corpus, Path file) throws IOException {
        long started = System.nanoTime();
        Path root = corpus.toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        if (!absolute.startsWith(root)) {
            throw new IOException("ไฟล์อยู่นอกคลังเอกสาร (file outside the corpus): " + file);
        }
        Work w = new Work(absolute, CorpusFiles.relative(root, absolute), null, Files.size(absolute),
                Files.getLastModifiedTime(absolute).toMillis());
        Outcome o = process(w);
        store.commit(Map.of(IndexFields.COMMIT_CORPUS, root.toString()));
        PassageIndex.Counts counts = store.counts();
        boolean added = o.kind() != Kind.FAILED;
        return new IngestReport(added ? 1 : 0, 0, 0, 0, added ? List.of() : List.of(o.failure()), counts.documents(),
                counts.passages(),
                Duration.ofNanos(System.nanoTime() - started));
    }

    private record Work(Path file, String source, StoredFileState before, long size, long mtime) {}

    private enum Kind { ADDED, UPDATED, UNCHANGED, FAILED, GONE }

    private record Outcome(Work work, Kind kind, IngestReport.Failure failure) {}

    private Outcome process(Work w) {
        String id = Fingerprints.documentId(w.source());
        String hash = null;
        try {
            hash = Fingerprints.contentHash(w.file());
            if (w.before() != null && hash.equals(w.before().contentHash()) && !retry(w.before())) {
                return new Outcome(w, Kind.UNCHANGED, null); // touched, not changed
            }
            indexFile(w.file(), id, w.source(), hash, w.size(), w.mtime());
            return new Outcome(w, w.before() == null || w.before().failed() ? Kind.ADDED : Kind.UPDATED, null);
        } catch (ExtractionException e) {
            return failed(w, id, hash, e.reason(), e.getMessage());
        } catch (IOException | RuntimeException e) {
            // one file's trouble (or a bug in splitting or labelling) must not stop the run
            FailureReason reason = e instanceof IOException ? FailureReason.IO_ERROR : FailureReason.CORRUPT;
            return failed(w, id, hash, reason, reason.describe(e.toString()));
        }
    }

    /**
     * A file that failed because it was deleted between the listing and its reading (a watched folder, a user
     * tidying up) is gone, not broken: whatever the index holds for it, a failure record included, is removed.
     */
    private Outcome gone(Outcome o) throws IOException {
        if (o.kind() != Kind.FAILED || Files.exists(o.work().file())) {
            return o;
        }
        store.delete(Fingerprints.documentId(o.work().source()));
        return new Outcome(o.work(), Kind.GONE, null);
    }

    /**
     * Records the failure in the index, so that the next run reports it again without parsing the file again
     * unless it changed.
     */
    private Outcome failed(Work w, String id, String hash, FailureReason reason, String message) {
        LOG.warn("{}: {}", w.source(), message);
        try {
            // no hash when the file could not be read: the size and time still tell a later run whether it changed
            store.recordFailure(new StoredFileState(id, w.source(), hash == null ? "" : hash, w.size(), w.mtime(),
                    reason.name(), message));
        } catch (IOException | RuntimeException io) {
            LOG.error("{}: could not record the failure", w.source(), io);
        }
        return new Outcome(w, Kind.FAILED, new IngestReport.Failure(w.source(), reason, message));
    }

    private static Outcome await(CompletionService<Outcome> finished) throws IOException {
        try {
            return finished.take().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("ingest interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException("ingest worker failed", e.getCause());
        }
    }

    /** A file that failed before and may succeed now without a change (it needed OCR, which can run now). */
    private boolean retry(StoredFileState before) {
        if (!before.failed()) {
            return false;
        }
        try {
            return extractor.worthRetrying(FailureReason.valueOf(before.failureReason()));
        } catch (IllegalArgumentException e) {
            return false; // a reason this version does not know
        }
    }

    private void indexFile(Path file, String id, String source, String hash, long size, long mtime) throws ExtractionException, IOException {
        ExtractedDocument extracted = extractor.extract(file, hash);
        List<Passage> passages = splitter.split(extracted.blocks());
        String fullText = extracted.fullText();
        PassageLabeler.DocumentLabels facts = labeler.describe(extracted.title(), fullText, source);
        List<PassageRecord> records = labeler.label(id, extracted.title(), passages, extracted.ocrPages());
        int chars = passages.stream().mapToInt(p -> p.text().length()).sum();
        DocumentRecord doc = new DocumentRecord(id, source, extracted.title(), extracted.mediaType(), hash, size, mtime,
                facts.type(), facts.date(), facts.agency(), records.size(), chars);
        store.replace(doc, records);
    }
}
