package org.klangru.ingest.ocr;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.nio.file.Path;
import java.time.Duration;

/** OCR of scanned pages and images with Tesseract ({@code klangru.ocr.*}). */
@ConfigurationProperties("klangru.ocr")
public class OcrConfig {
    /** Off: files that need OCR are reported as such and not read. */
    private boolean enabled = true;
    /** The tesseract program: a name looked up on PATH, or a full path. */
    private String tesseractPath = "tesseract";
    /** Tesseract languages, joined by '+'. */
    private String languages = "tha+eng";
    /** Resolution PDF pages are rendered at for OCR. */
    private int dpi = 300;
    /** Tesseract's page segmentation mode (--psm); 3 is automatic layout without orientation detection. */
    private int pageSegMode = 3;
    /** At most this many pages of one file are read by OCR; later pages are left out. 0: no limit. */
    private int pageLimit = 100;
    /** OCR time allowed per file, in seconds. */
    private int timeoutSeconds = 600;
    /** Folder of cached OCR results; empty means {@code ocr-cache} inside the index folder. */
    private Path cacheDir;

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getTesseractPath() {
        return tesseractPath;
    }

    public void setTesseractPath(String tesseractPath) {
        this.tesseractPath = tesseractPath;
    }

    public String getLanguages() {
        return languages;
    }

    public void setLanguages(String languages) {
        this.languages = languages;
    }

    public int getDpi() {
        return dpi;
    }

    public void setDpi(int dpi) {
        this.dpi = dpi;
    }

    public int getPageSegMode() {
        return pageSegMode;
    }

    public void setPageSegMode(int pageSegMode) {
        this.pageSegMode = pageSegMode;
    }

    public int getPageLimit() {
        return pageLimit;
    }

    public void setPageLimit(int pageLimit) {
        this.pageLimit = pageLimit;
    }

    public int getTimeoutSeconds() {
        return timeoutSeconds;
    }

    public void setTimeoutSeconds(int timeoutSeconds) {
        this.timeoutSeconds = timeoutSeconds;
    }

    public Path getCacheDir() {
        return cacheDir;
    }

    public void setCacheDir(Path cacheDir) {
        this.cacheDir = cacheDir;
    }

    /** The settings as a plain value; the cache goes under {@code indexDir} unless a folder is set. */
    public OcrSettings settings(Path indexDir) {
        Path cache = cacheDir != null && !cacheDir.toString().isBlank() ? cacheDir : indexDir.resolve("ocr-cache");
        return new OcrSettings(enabled, tesseractPath, languages, dpi, pageSegMode, pageLimit,
                Duration.ofSeconds(Math.max(1, timeoutSeconds)), cache);
    }
}
