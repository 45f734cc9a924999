package org.klangru.ingest;

/** Receives progress of an ingest run; called from the thread that runs the ingest. */
public interface IngestProgress {
    IngestProgress NONE = (done, total, bytesDone, bytesTotal, failed) -> {};

    /**
     * @param done       files looked at so far (indexed, skipped or failed)
     * @param total      files in the corpus
     * @param bytesDone  bytes of the files read so far
     * @param bytesTotal bytes of all files that needed reading
     */
    void update(int done, int total, long bytesDone, long bytesTotal, int failed);
}
