package org.klangru.ingest;

/**
 * What became of one uploaded file.
 *
 * @param name       the name the client sent
 * @param savedAs    where it was saved, relative to the corpus (null unless indexed)
 * @param status     what happened
 * @param rejection  why it was refused before saving (only when {@code status} is REJECTED)
 * @param type       the media type detected from its bytes (null when not looked at)
 * @param documentId the new document, or the one already holding the same content (duplicate)
 * @param source     the duplicate's file in the corpus
 * @param passages   passages indexed
 * @param reason     the ingest failure reason (a {@link FailureReason} name) or the rejection's name
 * @param message    a message for people, Thai first
 */
public record UploadResult(String name, String savedAs, Status status, Rejection rejection, String type,
                           String documentId, String source, int passages, String reason, String message) {

    public enum Status { INDEXED, DUPLICATE, REJECTED, FAILED }

    /** Why a file was refused before it was saved. */
    public enum Rejection { EMPTY, TOO_LARGE, TYPE_NOT_ALLOWED }

    static UploadResult rejected(String name, Rejection why, String type, String message) {
        return new UploadResult(name, null, Status.REJECTED, why, type, null, null, 0, why.name(), message);
    }
}
