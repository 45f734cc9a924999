package org.klangru.index.solr;

/**
 * The parameters of Klangru's Solr query parser ({@code q={!klangru}}, {@code org.klangru.solr.KlangruQParserPlugin}),
 * here, outside the plugin, so that the client side names them without loading Solr's server classes.
 */
public final class QueryParams {
    private QueryParams() {}

    /** The parser's name in the configset: {@code {!klangru ...}}. */
    public static final String PARSER = "klangru";

    /** The parser that runs a Lucene query Klangru built and encoded ({@link QueryCodec}) unchanged: record reads. */
    public static final String ENCODED_PARSER = "klangru_query";
    /** The encoded query of {@link #ENCODED_PARSER}. */
    public static final String ENCODED = "kq";

    /** The user's query text; absent or empty is browse mode. */
    public static final String Q = "kl.q";
    /** {@code all} (default) or {@code any}. */
    public static final String WORDS = "kl.words";
    /** {@code full} (default), {@code matching} or {@code relevance}. */
    public static final String PART = "kl.part";
    /** Filters, each may repeat (values OR-ed, filters AND-ed). Category: 1-7. */
    public static final String CATEGORY = "kl.category";
    public static final String CODE = "kl.code";
    public static final String TYPE = "kl.type";
    /** Buddhist-era year, 2400-2800. */
    public static final String YEAR = "kl.year";
    public static final String AGENCY = "kl.agency";
    /** A source path; one ending in {@code /} is a folder (every source under it). */
    public static final String SOURCE = "kl.source";
    /**
     * Where the collection's learned equivalents come from: {@value #EQUIVALENTS_SHARD} (default: the definitions in
     * the shard's own documents, which differ from shard to shard) or {@value #EQUIVALENTS_GIVEN} (exactly the
     * {@link #EQUIVALENT} values, none if there are none: the whole collection's, counted by the client with a facet
     * on {@link org.klangru.index.IndexFields#EQUIVALENT}).
     */
    public static final String EQUIVALENTS = "kl.equivalents";
    public static final String EQUIVALENTS_SHARD = "shard";
    public static final String EQUIVALENTS_GIVEN = "given";
    /** One learned equivalent with its number of defining documents, as {@link #equivalent} writes it; may repeat. */
    public static final String EQUIVALENT = "kl.equivalent";

    /**
     * The KM officer's corrections to the learned equivalents: the text of Klangru's equivalents file
     * ({@code klangru.analysis.equivalents-file}, {@code org.klangru.analysis.EquivalentsFile} syntax), as the embedded
     * search applies it; absent: none.
     */
    public static final String CORRECTIONS = "kl.corrections";

    /**
     * @param key       an {@link org.klangru.index.IndexFields#EQUIVALENT} term ({@code Equivalent.key()})
     * @param documents how many live documents define it
     */
    public static String equivalent(String key, long documents) {
        return documents + ":" + key;
    }
}
