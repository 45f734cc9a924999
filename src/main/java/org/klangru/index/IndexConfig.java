package org.klangru.index;

import io.micronaut.context.annotation.ConfigurationProperties;

import org.klangru.analysis.AnalyzerChoice;

import java.nio.file.Path;

/** Where the index lives ({@code klangru.index.*}). */
@ConfigurationProperties("klangru.index")
public class IndexConfig {
    /** Where passages are indexed and searched. */
    public enum Backend {
        /** The Lucene index on disk in {@link #getDir()} (the default). */
        EMBEDDED,
        /** A SolrCloud collection ({@code klangru.solr.*}); {@link #getDir()} then keeps only local state. */
        SOLRCLOUD
    }

    private Backend backend = Backend.EMBEDDED;
    /** Folder of the Lucene index; created when missing. */
    private Path dir = Path.of("index");
    /** standard, icu or klangru; unset means what an existing index was built with, else klangru. */
    private String analyzer;
    /** While the server runs, new writes become searchable within this many milliseconds (0: only on commit). */
    private long refreshMs = 1000;

    public Backend getBackend() {
        return backend;
    }

    public void setBackend(Backend backend) {
        this.backend = backend;
    }

    public long getRefreshMs() {
        return refreshMs;
    }

    public void setRefreshMs(long refreshMs) {
        this.refreshMs = refreshMs;
    }

    public String getAnalyzer() {
        return analyzer;
    }

    public void setAnalyzer(String analyzer) {
        this.analyzer = analyzer;
    }

    /** The analysis to use: the configured one, else the existing index's, else the project's own. */
    public AnalyzerChoice analysis() {
        if (analyzer != null && !analyzer.isBlank()) {
            return AnalyzerChoice.parse(analyzer);
        }
        return IndexStore.recordedAnalysis(dir).orElse(AnalyzerChoice.KLANGRU);
    }

    public Path getDir() {
        return dir;
    }

    public void setDir(Path dir) {
        this.dir = dir;
    }
}
