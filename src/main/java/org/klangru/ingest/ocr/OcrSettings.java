package org.klangru.ingest.ocr;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * OCR settings as a plain value, for code that runs without a Micronaut context.
 *
 * @param enabled      false turns OCR off: files that need it are reported instead
 * @param tesseract    the tesseract program: a name looked up on PATH, or a path
 * @param languages    Tesseract's language list, e.g. {@code tha+eng}
 * @param dpi          resolution PDF pages are rendered at
 * @param pageSegMode  Tesseract's {@code --psm}
 * @param pageLimit    at most this many pages of one file are read by OCR
 * @param timeout      OCR time allowed per file; the process is killed when it runs out
 * @param cacheDir     folder of OCR results, by content hash; null for no cache
 */
public record OcrSettings(boolean enabled, String tesseract, String languages, int dpi, int pageSegMode,
                          int pageLimit, Duration timeout, Path cacheDir) {

    public static final OcrSettings DISABLED = new OcrSettings(false, "tesseract", "tha+eng", 300, 3, 0,
            Duration.ofSeconds(1), null);

    public OcrSettings {
        Objects.requireNonNull(tesseract, "tesseract");
        Objects.requireNonNull(languages, "languages");
        Objects.requireNonNull(timeout, "timeout");
        if (enabled && (dpi < 50 || dpi > 1200)) {
            throw new IllegalArgumentException("klangru.ocr.dpi must be 50-1200, was " + dpi);
        }
        if (enabled && (pageSegMode < 0 || pageSegMode > 13)) {
            throw new IllegalArgumentException("klangru.ocr.page-seg-mode must be 0-13, was " + pageSegMode);
        }
        if (!languages.matches("[A-Za-z0-9_]+(\\+[A-Za-z0-9_]+)*")) {
            throw new IllegalArgumentException("klangru.ocr.languages must look like tha+eng, was '" + languages + "'");
        }
    }

    /** The same settings with another tesseract program. */
    public OcrSettings withProgram(String program) {
        return new OcrSettings(enabled, program, languages, dpi, pageSegMode, pageLimit, timeout, cacheDir);
    }

    /** The same settings with another cache folder. */
    public OcrSettings withCacheDir(Path dir) {
        return new OcrSettings(enabled, tesseract, languages, dpi, pageSegMode, pageLimit, timeout, dir);
    }
}
