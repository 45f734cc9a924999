package org.klangru.api;

import io.micronaut.serde.annotation.Serdeable;

/** What a delete removed: the document's records, and its file when it was inside the corpus. */
@Serdeable
record DeleteView(String documentId, String source, int passages, boolean fileRemoved, String message) {}
