package org.klangru.index.solr;

/**
 * The field names the Solr schema has beyond {@link org.klangru.index.IndexFields}: Solr's own, and those standing
 * for what the embedded index keeps under one name in two forms (a stored value and a sort value).
 */
public final class SolrFields {
    private SolrFields() {}

    /** The unique key: {@code documentId!passageId}, {@code documentId!document} or {@code documentId!failure}. */
    public static final String ID = "id";
    /** Solr's optimistic-concurrency version, required by SolrCloud. */
    public static final String VERSION = "_version_";
    /**
     * The document's date as its epoch day, docValues only: what the embedded index sorts by under
     * {@link org.klangru.index.IndexFields#DATE} (which Solr keeps as stored ISO text).
     */
    public static final String DATE_DAY = "date_day";
    /**
     * {@link org.klangru.index.IndexFields#BEST_PRACTICE} rounded to thousandths, docValues only: the browse sort of
     * the embedded index, ties included.
     */
    public static final String BEST_PRACTICE_SORT = "best_practice_sort";

    /** What follows {@code documentId!} in the id of a document record. */
    public static final String DOCUMENT_SUFFIX = "document";
    /** What follows {@code documentId!} in the id of a failure record. */
    public static final String FAILURE_SUFFIX = "failure";
}
