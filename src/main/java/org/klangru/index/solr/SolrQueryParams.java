package org.klangru.index.solr;

/**
 * The names by which Klangru asks the plugin's query parsers for a query: one place for the client and the parsers.
 */
public final class SolrQueryParams {
    private SolrQueryParams() {}

    /** The parser that builds a search's query with Klangru's {@code QueryBuilder}, on each shard. */
    public static final String PARSER = "klangru";
    /** The parser that runs a Lucene query Klangru built and encoded ({@link QueryCodec}), unchanged. */
    public static final String ENCODED_PARSER = "klangru_query";
    /** The encoded query of {@link #ENCODED_PARSER}. */
    public static final String ENCODED = "kq";

    /** The user's query text (empty: browse). */
    public static final String Q = "kl.q";
    /** {@code all} or {@code any}: which passages the words select. */
    public static final String WORDS = "kl.words";
    /** {@code relevance}, {@code full} or {@code matching}: which of the built queries. */
    public static final String PART = "kl.part";
    /** Filters, each repeatable: OR within one, AND between them. */
    public static final String CATEGORY = "kl.category";
    public static final String CODE = "kl.code";
    public static final String TYPE = "kl.type";
    public static final String YEAR = "kl.year";
    public static final String AGENCY = "kl.agency";
    /** A source path; one ending in {@code /} is a folder prefix. */
    public static final String SOURCE = "kl.source";
}
