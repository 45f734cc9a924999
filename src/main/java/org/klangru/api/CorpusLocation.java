package org.klangru.api;

import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;
import org.klangru.index.IndexFields;
import org.klangru.index.PassageIndex;
import org.klangru.ingest.IngestConfig;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The corpus this server keeps its index in line with: the one named by flag, environment or configuration;
 * otherwise the one the index was built from (so that {@code serve --index X} keeps serving what
 * {@code index --corpus C --index X} built); otherwise the default {@code corpus/}.
 */
@Singleton
public class CorpusLocation {
    private final Environment environment;
    private final IngestConfig config;
    private final PassageIndex store;

    CorpusLocation(Environment environment, IngestConfig config, PassageIndex store) {
        this.environment = environment;
        this.config = config;
        this.store = store;
    }

    public Path path() {
        if (environment.getProperty("klangru.ingest.corpus", String.class).isPresent()) {
            return config.getCorpus();
        }
        String recorded = store.userData().get(IndexFields.COMMIT_CORPUS);
        if (recorded != null && Files.isDirectory(Path.of(recorded))) {
            return Path.of(recorded);
        }
        return config.getCorpus();
    }
}
