package org.klangru.api;

import io.micronaut.serde.annotation.Serdeable;
import org.klangru.ingest.UploadResult;

import java.util.Locale;

/** One uploaded file's outcome as the API shows it. */
@Serdeable
record UploadView(String name, String savedAs, String status, String type, String documentId, String source,
                  int passages, String reason, String message) {

    static UploadView of(UploadResult r) {
        return new UploadView(r.name(), r.savedAs(), r.status().name().toLowerCase(Locale.ROOT), r.type(), r.documentId(),
                r.source(), r.passages(), r.reason(), r.message());
    }
}
