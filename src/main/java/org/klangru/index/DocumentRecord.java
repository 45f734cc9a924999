package org.klangru.index;

import java.time.LocalDate;

/**
 * What the index keeps about one source file.
 *
 * @param id          stable id derived from the source path
 * @param source      path relative to the corpus folder, with '/' separators
 * @param contentHash SHA-256 of the file's bytes, for change detection
 * @param fileMtime   last-modified time in milliseconds, a cheap first check before hashing
 * @param type        document type facet ({@code other} when unknown)
 * @param date        the document's own date when one was found
 */
public record DocumentRecord(
        String id,
        String source,
        String title,
        String mediaType,
        String contentHash,
        long fileSize,
        long fileMtime,
        String type,
        LocalDate date,
        String agency,
        int passageCount,
        int charCount) {

    /** Buddhist-era year of {@link #date}, or null. */
    public Integer buddhistYear() {
        return date == null ? null : date.getYear() + 543;
    }
}
