package org.klangru.index;

/**
 * Every Lucene field name of the index, in one place.
 *
 * <p>The index holds two kinds of Lucene documents that share {@link #DOC_ID}: one document record per
 * source file and one passage record per passage. Replacing all records of a file is then one atomic
 * {@code updateDocuments(new Term(DOC_ID, id), ...)}, the upsert-by-key of Lucene's demo.
 */
public final class IndexFields {
    private IndexFields() {}

    /** Record kind: {@link #KIND_DOCUMENT} or {@link #KIND_PASSAGE}. */
    public static final String KIND = "kind";
    public static final String KIND_DOCUMENT = "document";
    public static final String KIND_PASSAGE = "passage";
    /** A file that could not be indexed, kept so that it is not retried until it changes. */
    public static final String KIND_FAILURE = "failure";

    // Keys
    public static final String DOC_ID = "doc_id";
    /** Keyword, and sorted doc values: the last tie-break of every order ({@link #TIE_BREAK}). */
    public static final String PASSAGE_ID = "passage_id";
    public static final String ORDINAL = "ordinal";

    // Document metadata (stored on both kinds where a hit needs it)
    public static final String SOURCE = "source";
    public static final String TITLE = "title";
    public static final String MEDIA_TYPE = "media_type";
    public static final String CONTENT_HASH = "content_hash";
    public static final String FILE_SIZE = "file_size";
    public static final String FILE_MTIME = "file_mtime";
    public static final String INDEXED_AT = "indexed_at";
    public static final String PASSAGE_COUNT = "passage_count";
    public static final String CHAR_COUNT = "char_count";
    public static final String FAILURE_REASON = "failure_reason";
    public static final String FAILURE_MESSAGE = "failure_message";

    // Passage content
    /** The whole passage as stored text, analysed into ICU Thai words with offsets for highlighting. */
    public static final String TEXT = "text";
    /** Thai character bigrams of {@link #TEXT}, for parts of words and compounds the word field misses. */
    public static final String TEXT_NGRAM = TEXT + org.klangru.analysis.KlangruAnalysis.NGRAM_SUFFIX;
    /** The heading path above the passage, analysed like {@link #TEXT}. */
    public static final String HEADING = "heading";
    /** Every distinct heading of a document, stored on its document record (for suggestions). */
    public static final String HEADINGS = "headings";
    /** Title words on the passage, so that a document's title counts for its passages. */
    public static final String TITLE_WORDS = "title_words";

    // Labels and facets (keyword fields, doc values for counting)
    /** Every category label of a passage (the category model's from its search threshold): filters, facets. */
    public static final String CATEGORY = "category";
    /** The labels sure enough for evidence packs (the category model's from its stricter evidence threshold). */
    public static final String CATEGORY_EVIDENCE = "category_evidence";
    public static final String CODE = "code";
    public static final String TYPE = "type";
    public static final String YEAR = "year";
    public static final String AGENCY = "agency";
    public static final String DATE = "date";
    /** JSON of the classification reasons, stored only. */
    public static final String WHY = "why";
    public static final String BEST_PRACTICE = "best_practice";

    // Where a passage's text came from
    /** 1-based page a passage starts on (stored only; absent when the format has no pages). */
    public static final String PAGE = "page";
    /** {@code "true"} on passages whose text OCR read (keyword, absent otherwise). */
    public static final String OCR = "ocr";

    /**
     * On document records: each equivalent the document defines in its own text ("ธนาคารอาคารสงเคราะห์ (ธอส.)"),
     * as {@link org.klangru.analysis.Equivalent#key()}; keyword, not stored. A term's live documents are how many
     * documents define the pair ({@link LearnedEquivalents}).
     */
    public static final String EQUIVALENT = "equivalent";

    /** Commit user-data keys. */
    /** What the records were made with (analyzer version and taxonomy fingerprint); a change means rebuild. */
    public static final String COMMIT_BUILD_STAMP = "klangru.build.stamp";
    public static final String COMMIT_CORPUS = "klangru.corpus";
    /** The {@link org.klangru.analysis.AnalyzerChoice} the index was built with; queries must use the same. */
    public static final String COMMIT_ANALYZER = "klangru.analyzer";
}
