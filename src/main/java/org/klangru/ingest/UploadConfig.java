package org.klangru.ingest;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.util.List;

/** Limits and place of uploaded files ({@code klangru.upload.*}). */
@ConfigurationProperties("klangru.upload")
public class UploadConfig {
    /** The formats extraction handles well: PDF, Word, OpenDocument, RTF, HTML, plain text and images for OCR. */
    public static final List<String> DEFAULT_TYPES = List.of(
            "application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/msword",
            "application/vnd.oasis.opendocument.text",
            "application/rtf",
            "text/html",
            "text/plain",
            "image/png",
            "image/jpeg",
            "image/tiff");

    /** Larger files are refused with a 413. */
    private long maxFileBytes = 50L * 1024 * 1024;
    /**
     * Largest request body the server reads (several files at once); micronaut.server.max-request-size follows it.
     * Larger requests are answered 413 before anything is saved.
     */
    private long maxRequestBytes = 200L * 1024 * 1024;
    /** Media types (as detected from the bytes, not the name) that may be uploaded. */
    private List<String> allowedTypes = DEFAULT_TYPES;
    /** Folder inside the corpus that uploads are saved in. */
    private String folder = "uploads";

    public long getMaxFileBytes() {
        return maxFileBytes;
    }

    public void setMaxFileBytes(long maxFileBytes) {
        this.maxFileBytes = maxFileBytes;
    }

    public long getMaxRequestBytes() {
        return maxRequestBytes;
    }

    public void setMaxRequestBytes(long maxRequestBytes) {
        this.maxRequestBytes = maxRequestBytes;
    }

    public List<String> getAllowedTypes() {
        return allowedTypes;
    }

    public void setAllowedTypes(List<String> allowedTypes) {
        this.allowedTypes = allowedTypes;
    }

    public String getFolder() {
        return folder;
    }

    public void setFolder(String folder) {
        this.folder = folder;
    }
}
