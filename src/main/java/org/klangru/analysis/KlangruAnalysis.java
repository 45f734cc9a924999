package org.klangru.analysis;

import org.apache.lucene.analysis.Analyzer;

/**
 * The analyzers the index is written and queried with. Index and query side must agree, so both come
 * from here, together with the version stamped into each commit.
 */
public final class KlangruAnalysis {
    private KlangruAnalysis() {}

    public static String version() {
        return ThaiWordAnalyzer.VERSION;
    }

    /** Analyzer for every tokenized field, at index time. */
    public static Analyzer indexAnalyzer() {
        return new ThaiWordAnalyzer();
    }

    /** Analyzer for query text. */
    public static Analyzer queryAnalyzer() {
        return new ThaiWordAnalyzer();
    }
}
