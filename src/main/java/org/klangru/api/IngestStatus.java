package org.klangru.api;

import jakarta.inject.Singleton;
import org.klangru.ingest.IngestReport;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/** The last ingest's report, for the health endpoint. */
@Singleton
public class IngestStatus {
    private final AtomicReference<IngestReport> last = new AtomicReference<>();
    private final AtomicReference<Instant> at = new AtomicReference<>();

    public void record(IngestReport report) {
        last.set(report);
        at.set(Instant.now());
    }

    public IngestReport last() {
        return last.get();
    }

    public Instant at() {
        return at.get();
    }
}
