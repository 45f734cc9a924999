package org.klangru.api;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.nio.file.Path;

/** Where every write is recorded ({@code klangru.audit.*}). */
@ConfigurationProperties("klangru.audit")
public class AuditConfig {
    /** The audit log file; unset means {@code audit.log} in the index folder. */
    private Path file;

    public Path getFile() {
        return file;
    }

    public void setFile(Path file) {
        this.file = file;
    }
}
