package org.klangru.ingest;

/** A file that could not be turned into text, with a reason a person can act on. */
public class ExtractionException extends Exception {
    private final FailureReason reason;

    public ExtractionException(FailureReason reason, String detail, Throwable cause) {
        super(reason.describe(detail), cause);
        this.reason = reason;
    }

    public FailureReason reason() {
        return reason;
    }
}
