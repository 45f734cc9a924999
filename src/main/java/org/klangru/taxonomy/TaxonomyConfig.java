package org.klangru.taxonomy;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.nio.file.Path;

/** Which taxonomy file to use ({@code klangru.taxonomy.*}). */
@ConfigurationProperties("klangru.taxonomy")
public class TaxonomyConfig {
    /** A JSON file that replaces the built-in PMQA taxonomy; unset means the built-in one. */
    private Path file;

    public Path getFile() {
        return file;
    }

    public void setFile(Path file) {
        this.file = file;
    }

    public Taxonomy load() {
        return file == null ? Taxonomy.loadDefault() : Taxonomy.load(file);
    }
}
