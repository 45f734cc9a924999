package org.klangru.ingest.ocr;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tesseract's raw text per page, kept on disk by the file's content hash and the settings that shape the result
 * (languages, DPI, page segmentation mode), so that a re-index, a rebuild of the index or a renamed file does not
 * run OCR again. Raw, not repaired: a better repair applies to cached pages too.
 *
 * <p>Layout: {@code <dir>/<first two hex digits>/<content hash>/<settings key>-p<page>.txt}, each file written
 * whole and moved into place, so concurrent workers and a killed run leave no half-written entry. A file that
 * cannot be written is logged and OCR goes on: the cache only saves time.
 */
final class OcrCache {
    private static final Logger LOG = LoggerFactory.getLogger(OcrCache.class);
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{16,128}");

    private final Path dir;
    private final String settingsKey;

    OcrCache(Path dir, String settingsKey) {
        this.dir = dir;
        this.settingsKey = settingsKey;
    }

    /** The key part of the settings: {@code tha+eng-300dpi-psm3}. */
    static String settingsKey(OcrSettings s) {
        return s.languages() + "-" + s.dpi() + "dpi-psm" + s.pageSegMode();
    }

    Optional<String> get(String contentHash, int page) {
        Path p = path(contentHash, page);
        if (p == null || !Files.isRegularFile(p)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(p, StandardCharsets.UTF_8));
        } catch (IOException e) {
            LOG.warn("OCR cache entry {} unreadable: {}", p, e.toString());
            return Optional.empty();
        }
    }

    void put(String contentHash, int page, String text) {
        Path p = path(contentHash, page);
        if (p == null) {
            return;
        }
        try {
            Files.createDirectories(p.getParent());
            Path tmp = Files.createTempFile(p.getParent(), ".tmp-", ".txt");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, p, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, p, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            LOG.warn("OCR cache entry {} not written: {}", p, e.toString());
        }
    }

    private Path path(String contentHash, int page) {
        if (dir == null || contentHash == null || !HASH.matcher(contentHash).matches()) {
            return null;
        }
        return dir.resolve(contentHash.substring(0, 2)).resolve(contentHash)
                .resolve(settingsKey + "-p" + page + ".txt");
    }
}
