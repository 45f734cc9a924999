package org.klangru.index;

/** What change detection needs to know about an indexed file. */
public record StoredFileState(String documentId, String source, String contentHash, long fileSize, long fileMtime) {}
