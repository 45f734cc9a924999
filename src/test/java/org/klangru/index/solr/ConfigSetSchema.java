package org.klangru.index.solr;

import org.apache.solr.core.SolrConfig;
import org.apache.solr.schema.IndexSchema;
import org.apache.solr.schema.IndexSchemaFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Test helper: the configset's schema as Solr itself loads it (factories found through SPI), without a cluster. */
public final class ConfigSetSchema {
    private ConfigSetSchema() {}

    public static IndexSchema load(Path tempDir) {
        SolrConfigSet.extractTo(tempDir);
        try {
            SolrConfig config = new SolrConfig(tempDir, "solrconfig.xml");
            return IndexSchemaFactory.buildIndexSchema("managed-schema.xml", config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
