package org.klangru.index;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.nio.file.Path;

/** Where the index lives ({@code klangru.index.*}). */
@ConfigurationProperties("klangru.index")
public class IndexConfig {
    /** Folder of the Lucene index; created when missing. */
    private Path dir = Path.of("index");

    public Path getDir() {
        return dir;
    }

    public void setDir(Path dir) {
        this.dir = dir;
    }
}
