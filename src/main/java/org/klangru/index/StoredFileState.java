package org.klangru.index;

/**
 * What change detection needs to know about a file seen before.
 *
 * @param failureReason null when the file is indexed; otherwise why it could not be (a FailureReason name)
 */
public record StoredFileState(String documentId, String source, String contentHash, long fileSize, long fileMtime,
                              String failureReason, String failureMessage) {

    public boolean failed() {
        return failureReason != null;
    }
}
