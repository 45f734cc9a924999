package org.klangru.api;

import org.klangru.analysis.AnalyzerChoice;
import org.klangru.analysis.EquivalentsFile;
import org.klangru.index.IndexConfig;
import org.klangru.index.IndexDocuments;
import org.klangru.index.PassageIndex;
import org.klangru.index.solr.SolrCloudConfig;
import org.klangru.index.solr.SolrCloudIndex;
import org.klangru.search.PassageSearch;
import org.klangru.search.SolrPassageSearch;

import java.io.IOException;

/**
 * Opens the SolrCloud backend. A class apart from {@link ServiceFactory}, so that the JVM loads it, and with it
 * SolrJ, only when {@code klangru.index.backend=solrcloud}.
 */
final class SolrBackend {
    private SolrBackend() {}

    static PassageIndex open(SolrCloudConfig solr, IndexConfig config, String taxonomyFingerprint) throws IOException {
        AnalyzerChoice analysis = config.analysis();
        if (analysis != AnalyzerChoice.KLANGRU) {
            throw new IllegalArgumentException("klangru.index.analyzer=" + analysis.name().toLowerCase()
                    + ": the SolrCloud backend analyses with Klangru's own analysis only (klangru)");
        }
        return SolrCloudIndex.open(solr, config.getDir(), IndexDocuments.buildStamp(analysis, taxonomyFingerprint));
    }

    static PassageSearch search(PassageIndex index, EquivalentsFile corrections) {
        return new SolrPassageSearch((SolrCloudIndex) index, corrections);
    }
}
