package org.klangru.api;

import io.micronaut.serde.annotation.Serdeable;
import org.klangru.ingest.IngestRunner;

import java.time.Instant;

/** The ingest runner's state as the API shows it ({@code GET/POST /api/reindex}, {@code /api/health}). */
@Serdeable
public record IngestRunView(
        boolean running,
        boolean followUpQueued,
        String started,
        String finished,
        long runs,
        int filesDone,
        int filesTotal,
        int failures,
        String lastError,
        String corpus) {

    static IngestRunView of(IngestRunner.State s, java.nio.file.Path corpus) {
        return new IngestRunView(s.running(), s.followUpQueued(), text(s.started()), text(s.finished()), s.runs(),
                s.filesDone(), s.filesTotal(), s.failures(), s.lastError(), corpus.toAbsolutePath().normalize().toString());
    }

    private static String text(Instant t) {
        return t == null ? null : t.toString();
    }
}
