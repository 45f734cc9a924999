package org.klangru.ingest;

import org.klangru.index.DocumentRecord;
import org.klangru.index.PassageIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Takes an uploaded file into the corpus: refuses it when empty, too large or of a type not allowed (by its bytes),
 * reports it as a duplicate when the index already holds the same content, otherwise saves it under a safe name that
 * takes no other file's place and indexes it before returning. A file that cannot be extracted is removed again
 * (file and failure record), so the corpus keeps only what is searchable; the client gets the reason.
 */
public final class DocumentUploads {
    private static final Logger LOG = LoggerFactory.getLogger(DocumentUploads.class);
    /** Hidden (leading dot), so that a corpus walk never picks up a half-written upload. */
    private static final String TEMP_PREFIX = ".upload-";

    private final PassageIndex store;
    private final Ingestor ingestor;
    private final FileTypes types;
    private final UploadConfig config;
    private final Supplier<Path> corpus;
    /** One upload at a time checks, saves and indexes: two uploads of the same content must not both be indexed. */
    private final ReentrantLock lock = new ReentrantLock();

    /** @param corpus the corpus the server keeps its index in line with (it may change with a re-index) */
    public DocumentUploads(PassageIndex store, Ingestor ingestor, FileTypes types, UploadConfig config, Supplier<Path> corpus) {
        this.store = store;
        this.ingestor = ingestor;
        this.types = types;
        this.config = config;
        this.corpus = corpus;
    }

    public Path corpus() {
        return corpus.get().toAbsolutePath().normalize();
    }

    public Path folder() {
        return corpus().resolve(config.getFolder()).normalize();
    }

    public UploadResult accept(String name, InputStream content) throws IOException {
        Path corpus = corpus();
        Path folder = corpus.resolve(config.getFolder()).normalize();
        if (!folder.startsWith(corpus)) {
            throw new IOException("klangru.upload.folder must stay inside the corpus: " + config.getFolder());
        }
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, TEMP_PREFIX, ".part");
        try {
            long size = copyAtMost(content, temp, config.getMaxFileBytes());
            if (size < 0) {
                return UploadResult.rejected(name, UploadResult.Rejection.TOO_LARGE, null,
                        "ไฟล์ใหญ่เกิน " + megabytes(config.getMaxFileBytes()) + " (file larger than the upload limit of "
                                + config.getMaxFileBytes() + " bytes)");
            }
            if (size == 0) {
                return UploadResult.rejected(name, UploadResult.Rejection.EMPTY, null, "ไฟล์ว่าง ไม่มีข้อมูล (empty file: 0 bytes)");
            }
            DetectedType type = types.detect(temp, name);
            if (!types.allowed(type)) {
                return UploadResult.rejected(name, UploadResult.Rejection.TYPE_NOT_ALLOWED, type.mediaType(),
                        "ไม่รับไฟล์ชนิด " + type.mediaType() + " (file type not allowed: the content is "
                                + type.mediaType() + "; allowed: PDF, Word, OpenDocument, RTF, HTML, text, PNG, JPEG, TIFF)");
            }
            String hash = Fingerprints.contentHash(temp);
            lock.lock();
            try {
                Optional<DocumentRecord> same = store.documentByContentHash(hash);
                if (same.isPresent()) {
                    return new UploadResult(name, null, UploadResult.Status.DUPLICATE, null, type.mediaType(),
                            same.get().id(), same.get().source(), same.get().passageCount(), "DUPLICATE",
                            "มีเอกสารเนื้อหาเดียวกันนี้อยู่แล้ว ไม่ได้บันทึกซ้ำ (the same content is already indexed as "
                                    + same.get().source() + ")");
                }
                Path saved = saveUnder(folder, temp, SafeFileName.of(name, type.extensions()));
                return index(corpus, saved, name, type);
            } finally {
                lock.unlock();
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private UploadResult index(Path corpus, Path saved, String name, DetectedType type) throws IOException {
        String source = CorpusFiles.relative(corpus, saved);
        String id = Fingerprints.documentId(source);
        IngestReport report;
        try {
            report = ingestor.ingestFile(corpus, saved);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(saved);
            throw e;
        }
        if (!report.failures().isEmpty()) {
            IngestReport.Failure f = report.failures().get(0);
            // not searchable, so not kept: neither the file nor its failure record stays behind
            Files.deleteIfExists(saved);
            store.delete(id);
            store.commit(Map.of());
            LOG.info("upload {} not indexed: {}", name, f.message());
            return new UploadResult(name, null, UploadResult.Status.FAILED, null, type.mediaType(), null, null, 0,
                    f.reason().name(), f.message());
        }
        int passages = store.document(id).map(DocumentRecord::passageCount).orElse(0);
        return new UploadResult(name, source, UploadResult.Status.INDEXED, null, type.mediaType(), id, null, passages, null,
                "นำเข้าดัชนีแล้ว ค้นหาได้ทันที (indexed and searchable now)");
    }

    /**
     * Gives the temp file its final name without ever replacing a file: a hard link fails when the name is taken,
     * atomically, so a taken name moves on to {@code name (2).ext}, {@code name (3).ext}, ...
     */
    static Path saveUnder(Path folder, Path temp, String fileName) throws IOException {
        for (int n = 1; n < 10_000; n++) {
            Path target = folder.resolve(n == 1 ? fileName : SafeFileName.numbered(fileName, n));
            try {
                Files.createLink(target, temp);
                return target;
            } catch (FileAlreadyExistsException taken) {
                // next number
            } catch (UnsupportedOperationException noLinks) {
                if (!Files.exists(target)) {
                    return Files.move(temp, target);
                }
            }
        }
        throw new IOException("no free name for " + fileName + " in " + folder);
    }

    /** Copies up to {@code limit} bytes; -1 when the content is longer (nothing more is read). */
    private static long copyAtMost(InputStream in, Path target, long limit) throws IOException {
        long total = 0;
        byte[] buf = new byte[1 << 16];
        try (OutputStream out = Files.newOutputStream(target)) {
            for (int n; (n = in.read(buf)) > 0; ) {
                total += n;
                if (total > limit) {
                    return -1;
                }
                out.write(buf, 0, n);
            }
        }
        return total;
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.0f MB", bytes / (1024.0 * 1024.0));
    }
}
