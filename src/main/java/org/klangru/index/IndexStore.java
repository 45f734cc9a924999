package org.klangru.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.klangru.analysis.AnalyzerChoice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The embedded backend: the Lucene index on disk, one writer (when opened for writing) and near-real-time searchers.
 *
 * <p>Thread-safe: Lucene's writer and searcher manager are. An index written by another analyzer
 * version is emptied on open for writing, so that the next ingest rebuilds it.
 */
public final class IndexStore implements PassageIndex {
    private static final Logger LOG = LoggerFactory.getLogger(IndexStore.class);

    /**
     * BM25 with weaker length normalisation (b 0.5, Lucene's default 0.75) for every read: passages are all short, and
     * a full answer of 400 characters should not lose to a 60-character line that merely names the words. The
     * SolrCloud configset sets the same.
     */
    private static final BM25Similarity PASSAGE_SIMILARITY = new BM25Similarity(1.2f, 0.5f);

    private static final SearcherFactory SEARCHERS = new SearcherFactory() {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setSimilarity(PASSAGE_SIMILARITY);
            return searcher;
        }
    };

    private final Path dir;
    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final boolean rebuilt;
    private final String stamp;
    private final AnalyzerChoice analysis;
    /** Reopens searchers on a schedule while the server runs; null until {@link #refreshEvery} is called. */
    private ScheduledExecutorService refresher;

    private IndexStore(Path dir, boolean writable, String stamp, AnalyzerChoice analysis) throws IOException {
        this.stamp = stamp;
        this.analysis = analysis;
        this.dir = dir;
        if (writable) {
            Files.createDirectories(dir);
        }
        this.directory = FSDirectory.open(dir);
        if (writable) {
            IndexWriterConfig config = new IndexWriterConfig(analysis.indexAnalyzer());
            config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            // bulk ingest: large flushed segments and no compound files (packing each segment into a .cfs copies
            // it once more); fewer, larger segments mean less merging while a corpus is indexed
            config.setRAMBufferSizeMB(256);
            config.setUseCompoundFile(false);
            TieredMergePolicy merges = new TieredMergePolicy();
            merges.setNoCFSRatio(0.0);
            merges.setSegmentsPerTier(16);
            config.setMergePolicy(merges);
            this.writer = new IndexWriter(directory, config);
            String stamped = userData().get(IndexFields.COMMIT_BUILD_STAMP);
            this.rebuilt = stamped != null && !stamped.equals(stamp);
            if (rebuilt) {
                LOG.info("Index {} was built as {}, now {}: rebuilding", dir, stamped, stamp);
                writer.deleteAll();
            }
            this.searchers = new SearcherManager(writer, SEARCHERS);
        } else {
            this.writer = null;
            this.rebuilt = false;
            this.searchers = new SearcherManager(directory, SEARCHERS);
        }
    }

    /**
     * Opens (creating when missing) the index for writing and searching. Only one process may do so.
     *
     * @param stamp what records are made with now (analyzer version, taxonomy); an index stamped otherwise is emptied
     */
    public static IndexStore openWritable(Path dir, String taxonomyFingerprint, AnalyzerChoice analysis) throws IOException {
        return new IndexStore(dir, true, IndexDocuments.buildStamp(analysis, taxonomyFingerprint), analysis);
    }

    /** The analysis an existing index was built with, if it says. */
    public static Optional<AnalyzerChoice> recordedAnalysis(Path dir) {
        if (!exists(dir)) {
            return Optional.empty();
        }
        try (FSDirectory d = FSDirectory.open(dir); DirectoryReader r = DirectoryReader.open(d)) {
            String name = r.getIndexCommit().getUserData().get(IndexFields.COMMIT_ANALYZER);
            return name == null ? Optional.empty() : Optional.of(AnalyzerChoice.parse(name));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The analysis documents are written with and queries must use. */
    @Override
    public AnalyzerChoice analysis() {
        return analysis;
    }

    /** Opens an existing index for searching only. */
    public static IndexStore openReadOnly(Path dir) throws IOException {
        if (!exists(dir)) {
            throw new IOException("ไม่พบดัชนีที่ " + dir + " (no index at " + dir + "): run ./klangru index first");
        }
        return new IndexStore(dir, false, null, recordedAnalysis(dir).orElse(AnalyzerChoice.KLANGRU));
    }

    public static boolean exists(Path dir) {
        try (FSDirectory d = FSDirectory.open(dir)) {
            return DirectoryReader.indexExists(d);
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public Path dir() {
        return dir;
    }

    /** True when opening found an index built with other analyzers or another taxonomy and emptied it. */
    @Override
    public boolean rebuilt() {
        return rebuilt;
    }

    /** Replaces every record of the document (the document record and all its passages) atomically. */
    @Override
    public void replace(DocumentRecord document, List<PassageRecord> passages) throws IOException {
        IndexWriter w = requireWriter();
        List<Document> docs = IndexDocuments.records(document, passages, analysis.ngrams(), w.getAnalyzer());
        w.updateDocuments(new Term(IndexFields.DOC_ID, document.id()), docs);
    }

    /** Records that a file could not be indexed, replacing whatever the index held for it. */
    @Override
    public void recordFailure(StoredFileState failure) throws IOException {
        requireWriter().updateDocuments(new Term(IndexFields.DOC_ID, failure.documentId()),
                List.of(IndexDocuments.failureToLucene(failure)));
    }

    @Override
    public void delete(String documentId) throws IOException {
        requireWriter().deleteDocuments(new Term(IndexFields.DOC_ID, documentId));
    }

    /** Commits with the analyzer version and the given extra user data, then refreshes searchers. */
    @Override
    public void commit(Map<String, String> extraUserData) throws IOException {
        IndexWriter w = requireWriter();
        Map<String, String> data = new HashMap<>(userData());
        data.putAll(extraUserData);
        data.put(IndexFields.COMMIT_BUILD_STAMP, stamp);
        data.put(IndexFields.COMMIT_ANALYZER, analysis.name());
        w.setLiveCommitData(data.entrySet());
        w.commit();
        searchers.maybeRefreshBlocking();
    }

    /**
     * Merges the index into one segment and commits: searching one segment looks each query word up once and
     * scores in one pass (on the full news corpus, 14 segments to 1 took 34 s and cut the median query cost by
     * a sixth). Worth it after a bulk build, not after a few files.
     */
    @Override
    public void mergeForSearch() throws IOException {
        IndexWriter w = requireWriter();
        LOG.info("รวมดัชนีเป็นส่วนเดียว (merging the index into one segment)");
        w.forceMerge(1);
        commit(Map.of());
    }

    /** User data of the last commit (analyzer version, corpus folder). */
    @Override
    public Map<String, String> userData() {
        try {
            if (writer != null) {
                Map<String, String> data = new HashMap<>();
                Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
                if (live != null) {
                    live.forEach(e -> data.put(e.getKey(), e.getValue()));
                }
                return data;
            }
            IndexSearcher s = searchers.acquire();
            try {
                return ((DirectoryReader) s.getIndexReader()).getIndexCommit().getUserData();
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String location() {
        return dir.toAbsolutePath().toString();
    }

    @Override
    public long version() throws IOException {
        return search(s -> ((DirectoryReader) s.getIndexReader()).getVersion());
    }

    @Override
    public List<Scored> top(org.apache.lucene.search.Query query, int n, org.apache.lucene.search.Sort order)
            throws IOException {
        return search(s -> {
            int wanted = Math.max(1, Math.min(n, s.getIndexReader().maxDoc()));
            TopDocs top = s.search(query, wanted, PassageIndex.withTieBreak(order), true);
            StoredFields stored = s.storedFields();
            List<Scored> out = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc sd : top.scoreDocs) {
                out.add(new Scored(stored.document(sd.doc), Float.isNaN(sd.score) ? 0 : sd.score));
            }
            return out;
        });
    }

    @Override
    public Map<String, Long> docFreqs(String field, java.util.Collection<String> terms) throws IOException {
        return search(s -> {
            Map<String, Long> df = new HashMap<>();
            for (String t : terms) {
                int d = s.getIndexReader().docFreq(new Term(field, t));
                if (d > 0) {
                    df.put(t, (long) d);
                }
            }
            return df;
        });
    }

    @Override
    public long count(org.apache.lucene.search.Query query) throws IOException {
        return search(s -> (long) s.count(query));
    }

    /** Runs a read against a current searcher, releasing it afterwards. */
    public <T> T search(SearcherFunction<T> fn) throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            return fn.apply(s);
        } finally {
            searchers.release(s);
        }
    }

    /** Makes writes visible to searchers without a commit (near-real-time). */
    @Override
    public void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    /**
     * From now on, writes become searchable within {@code interval} without a commit: a daemon thread reopens
     * the near-real-time searchers (a no-op when nothing changed). Each reopen flushes the writer's buffer into a
     * small segment, so bulk indexing without searchers (the CLI, serve's first sync) leaves this off. Searches
     * never wait for it: they keep the searcher they acquired until the next one is ready.
     */
    @Override
    public synchronized void refreshEvery(java.time.Duration interval) {
        if (writer == null || refresher != null || interval.isZero() || interval.isNegative()) {
            return;
        }
        refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "klangru-nrt-refresh");
            t.setDaemon(true);
            return t;
        });
        long ms = interval.toMillis();
        refresher.scheduleWithFixedDelay(this::refreshQuietly, ms, ms, TimeUnit.MILLISECONDS);
    }

    private void refreshQuietly() {
        try {
            searchers.maybeRefresh(); // skips when a refresh (e.g. a commit's) is already going
        } catch (org.apache.lucene.store.AlreadyClosedException e) {
            // closing: the scheduler is being stopped
        } catch (IOException | RuntimeException e) {
            LOG.warn("near-real-time refresh of {} failed: {}", dir, e.toString());
        }
    }

    private IndexWriter requireWriter() {
        if (writer == null) {
            throw new IllegalStateException("index " + dir + " is open read-only");
        }
        return writer;
    }

    @Override
    public void close() throws IOException {
        synchronized (this) {
            if (refresher != null) {
                refresher.shutdown();
                try {
                    refresher.awaitTermination(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        searchers.close();
        if (writer != null) {
            writer.close();
        }
        directory.close();
    }

    @FunctionalInterface
    public interface SearcherFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }
}
