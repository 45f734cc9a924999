package org.klangru.analysis;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.nio.file.Path;

/** {@code klangru.analysis}: where the KM officer's corrections to the learned equivalents are ({@link EquivalentsFile}). */
@ConfigurationProperties("klangru.analysis")
public class EquivalentsConfig {
    private Path equivalentsFile;

    /** The corrections file; none by default. */
    public Path getEquivalentsFile() {
        return equivalentsFile;
    }

    public void setEquivalentsFile(Path equivalentsFile) {
        this.equivalentsFile = equivalentsFile;
    }

    public EquivalentsFile load() {
        return equivalentsFile == null ? EquivalentsFile.NONE : EquivalentsFile.read(equivalentsFile);
    }
}
