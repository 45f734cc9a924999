package org.klangru.ingest;

import org.klangru.index.DocumentRecord;
import org.klangru.index.IndexFields;
import org.klangru.index.IndexStore;
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

/**
 * Brings the index in line with a corpus folder: new and changed files are (re)indexed by upsert on
 * their id, unchanged files are skipped, documents whose file is gone are removed. A file that fails
 * is reported with its reason and the run goes on.
 */
public final class Ingestor {
    private static final Logger LOG = LoggerFactory.getLogger(Ingestor.class);

    private final IndexStore store;
    private final TikaExtractor extractor;
    private final PassageSplitter splitter = new PassageSplitter();
    private final PassageLabeler labeler;

    public Ingestor(IndexStore store, TikaExtractor extractor, PassageLabeler labeler) {
        this.store = store;
        this.extractor = extractor;
        this.labeler = labeler;
    }

    public IngestReport ingest(Path corpus) throws IOException {
        long started = System.nanoTime();
        Path root = corpus.toAbsolutePath().normalize();
        Map<String, StoredFileState> known = new HashMap<>(store.fileStates());
        List<IngestReport.Failure> failures = new ArrayList<>();
        int added = 0, updated = 0, unchanged = 0;

        for (Path file : CorpusFiles.list(root, store.dir())) {
            String source = CorpusFiles.relative(root, file);
            StoredFileState before = known.remove(source);
            String id = Fingerprints.documentId(source);
            long size = -1, mtime = -1;
            String hash = null;
            try {
                size = Files.size(file);
                mtime = Files.getLastModifiedTime(file).toMillis();
                boolean same = before != null && before.fileSize() == size && before.fileMtime() == mtime
                        || before != null && java.util.Objects.equals(before.contentHash(), hash = Fingerprints.contentHash(file));
                if (same) {
                    unchanged++;
                    if (before.failed()) {
                        // failed before and unchanged since: reported again, not parsed again
                        failures.add(new IngestReport.Failure(source, FailureReason.valueOf(before.failureReason()), before.failureMessage()));
                    }
                    continue;
                }
                if (hash == null) {
                    hash = Fingerprints.contentHash(file);
                }
                indexFile(file, id, source, hash, size, mtime);
                if (before == null || before.failed()) {
                    added++;
                } else {
                    updated++;
                }
            } catch (ExtractionException e) {
                failures.add(new IngestReport.Failure(source, e.reason(), e.getMessage()));
                LOG.warn("{}: {}", source, e.getMessage());
                store.recordFailure(new StoredFileState(id, source, hash, size, mtime, e.reason().name(), e.getMessage()));
            } catch (IOException e) {
                failures.add(new IngestReport.Failure(source, FailureReason.IO_ERROR,
                        FailureReason.IO_ERROR.describe(e.getMessage())));
            }
        }
        for (StoredFileState gone : known.values()) {
            store.delete(gone.documentId());
        }
        store.commit(Map.of(IndexFields.COMMIT_CORPUS, root.toString()));
        int[] counts = counts();
        return new IngestReport(added, updated, unchanged, known.size(), failures, counts[0], counts[1],
                Duration.ofNanos(System.nanoTime() - started));
    }

    private void indexFile(Path file, String id, String source, String hash, long size, long mtime) throws ExtractionException, IOException {
        ExtractedDocument extracted = extractor.extract(file);
        List<Passage> passages = splitter.split(extracted.blocks());
        String fullText = extracted.fullText();
        PassageLabeler.DocumentLabels facts = labeler.describe(extracted.title(), fullText, source);
        List<PassageRecord> records = labeler.label(id, extracted.title(), passages);
        int chars = passages.stream().mapToInt(p -> p.text().length()).sum();
        DocumentRecord doc = new DocumentRecord(id, source, extracted.title(), extracted.mediaType(), hash, size, mtime,
                facts.type(), facts.date(), facts.agency(), records.size(), chars);
        store.replace(doc, records);
    }

    /** Documents and passages now in the index. */
    private int[] counts() throws IOException {
        return store.search(s -> new int[] {
                s.count(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(IndexFields.KIND, IndexFields.KIND_DOCUMENT))),
                s.count(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(IndexFields.KIND, IndexFields.KIND_PASSAGE)))});
    }
}
