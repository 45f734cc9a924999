package org.klangru.index.solr;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Klangru's Solr configset (schema and solrconfig), kept as resources beside the code whose fields and query parser
 * it names ({@code org/klangru/solr/configset/conf/}), and written out where Solr's tools want a folder: a test
 * cluster's {@code addConfig}, or the upload to ZooKeeper when Klangru creates its collection.
 */
public final class SolrConfigSet {
    /** The name the configset is uploaded under. */
    public static final String NAME = "klangru";

    /** Every file of the configset; a file added to the folder must be named here too. */
    static final List<String> FILES = List.of("managed-schema.xml", "solrconfig.xml");

    private static final String RESOURCE_DIR = "/org/klangru/solr/configset/conf/";

    private SolrConfigSet() {}

    /**
     * Writes the configset's files into {@code dir/conf}, replacing files of the same names.
     *
     * @return the folder holding {@code solrconfig.xml}, the one Solr's tools take
     */
    public static Path extractTo(Path dir) {
        Path conf = dir.resolve("conf");
        try {
            Files.createDirectories(conf);
            for (String file : FILES) {
                try (InputStream in = SolrConfigSet.class.getResourceAsStream(RESOURCE_DIR + file)) {
                    if (in == null) {
                        throw new IllegalStateException("missing configset resource " + RESOURCE_DIR + file);
                    }
                    Files.copy(in, conf.resolve(file), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return conf;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
