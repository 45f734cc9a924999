package org.klangru.ingest.ocr;

/** OCR of a file did not finish; {@link #kind()} says why. */
public class OcrException extends Exception {

    public enum Kind {
        /** Tesseract or one of its languages is missing, or OCR is turned off. */
        UNAVAILABLE,
        /** The file's time ran out; the process was killed. Pages finished before are cached. */
        TIMEOUT,
        /** Tesseract ran and failed, or the page could not be rendered. */
        FAILED
    }

    private final Kind kind;

    public OcrException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
