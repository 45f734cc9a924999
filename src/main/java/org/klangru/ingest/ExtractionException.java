package org.klangru.ingest;

/** A file that could not be turned into text, with a reason a person can act on. */
public class ExtractionException extends Exception {
    private final FailureReason reason;

    public ExtractionException(FailureReason reason, String detail, Throwable cause) {
        super(reason.describe(detail), cause);
        this.reason = reason;
    }

    /** A failure as another process described it: {@code message} is already {@link FailureReason#describe}d. */
    static ExtractionException described(FailureReason reason, String message) {
        return new ExtractionException(reason, message);
    }

    private ExtractionException(FailureReason reason, String message) {
        super(message, null);
        this.reason = reason;
    }

    public FailureReason reason() {
        return reason;
    }
}
