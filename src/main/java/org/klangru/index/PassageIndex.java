package org.klangru.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.klangru.analysis.AnalyzerChoice;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The seam between Klangru and where its records live: the embedded Lucene index on disk ({@link IndexStore}, the
 * default) or a SolrCloud collection ({@code index.solr.SolrCloudIndex}). Ingest, evidence, collections and the API
 * write and read through this interface only and never know which backend runs.
 *
 * <p>Reads are Lucene queries over the records {@link IndexDocuments} makes; the SolrCloud backend ships the same
 * query to Solr, so a query is written once for both.
 */
public interface PassageIndex extends Closeable {

    /** The analysis documents are written with and queries must use. */
    AnalyzerChoice analysis();

    /** The local folder Klangru keeps its state in (the index itself when embedded); never part of a corpus. */
    Path dir();

    /** Where the records live, for people: a folder or a SolrCloud collection. */
    String location();

    /** True when opening found records built with other analyzers or another taxonomy and emptied them. */
    boolean rebuilt();

    /** Replaces every record of the document (the document record and all its passages) atomically. */
    void replace(DocumentRecord document, List<PassageRecord> passages) throws IOException;

    /** Records that a file could not be indexed, replacing whatever the index held for it. */
    void recordFailure(StoredFileState failure) throws IOException;

    void delete(String documentId) throws IOException;

    /** Makes writes durable with the build stamp and the given extra data, and visible to searches. */
    void commit(Map<String, String> extraUserData) throws IOException;

    /** Compacts the records for searching after a bulk build; a no-op where the backend does it itself. */
    void mergeForSearch() throws IOException;

    /** Makes writes visible to searches without a commit. */
    void refresh() throws IOException;

    /** From now on, writes become searchable within {@code interval} without a commit. */
    void refreshEvery(Duration interval);

    /** What the last commit recorded (build stamp, analyzer, corpus folder). */
    Map<String, String> userData();

    /** Changes whenever what searches see changes: a key for caches of whole-index views. */
    long version() throws IOException;

    /** A stored record and its score. */
    record Scored(Document stored, float score) {}

    /**
     * The last key of every order: equal records come by passage id, so that both backends, and every run of either,
     * list ties alike (the SolrCloud backend's {@code id}, {@code documentId!passageId}, sorts the same way).
     */
    SortField TIE_BREAK = new SortField(IndexFields.PASSAGE_ID, SortField.Type.STRING);

    /** {@code order} (by score when null) with {@link #TIE_BREAK} last. */
    static Sort withTieBreak(Sort order) {
        SortField[] fields = order == null ? new SortField[] {SortField.FIELD_SCORE} : order.getSort();
        SortField[] all = java.util.Arrays.copyOf(fields, fields.length + 1);
        all[fields.length] = TIE_BREAK;
        return new Sort(all);
    }

    /** The best {@code n} records of {@code query}, by score when {@code order} is null, ties by passage id. */
    List<Scored> top(Query query, int n, Sort order) throws IOException;

    /** How many records {@code query} matches. */
    long count(Query query) throws IOException;

    /** In how many records each of {@code terms} occurs in {@code field} (terms in none are left out). */
    Map<String, Long> docFreqs(String field, Collection<String> terms) throws IOException;

    /** How many documents and passages the index holds now. */
    record Counts(int documents, int passages) {}

    default Counts counts() throws IOException {
        return new Counts((int) count(kind(IndexFields.KIND_DOCUMENT)), (int) count(kind(IndexFields.KIND_PASSAGE)));
    }

    /** The change-detection state of every indexed file, by source path. */
    default Map<String, StoredFileState> fileStates() throws IOException {
        Query files = new BooleanQuery.Builder()
                .add(kind(IndexFields.KIND_DOCUMENT), Occur.SHOULD)
                .add(kind(IndexFields.KIND_FAILURE), Occur.SHOULD)
                .build();
        Map<String, StoredFileState> states = new HashMap<>();
        for (Scored s : top(files, Integer.MAX_VALUE, null)) {
            StoredFileState state = IndexDocuments.fileStateFrom(s.stored());
            states.put(state.source(), state);
        }
        return states;
    }

    default Optional<DocumentRecord> document(String id) throws IOException {
        return documentWhere(new Term(IndexFields.DOC_ID, id));
    }

    /** The indexed document whose file has exactly these bytes (SHA-256), if any. */
    default Optional<DocumentRecord> documentByContentHash(String contentHash) throws IOException {
        return documentWhere(new Term(IndexFields.CONTENT_HASH, contentHash));
    }

    /** Every document record (titles, headings, metadata), in no particular order. */
    default List<Document> documentRecords() throws IOException {
        return top(kind(IndexFields.KIND_DOCUMENT), Integer.MAX_VALUE, null).stream().map(Scored::stored).toList();
    }

    /** A document's passages in reading order. */
    default List<PassageRecord> passages(String documentId) throws IOException {
        Query q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexFields.DOC_ID, documentId)), Occur.FILTER)
                .add(kind(IndexFields.KIND_PASSAGE), Occur.FILTER)
                .build();
        return top(q, Integer.MAX_VALUE, new Sort(new SortField(IndexFields.ORDINAL, SortField.Type.LONG))).stream()
                .map(s -> IndexDocuments.passageFrom(s.stored())).toList();
    }

    private Optional<DocumentRecord> documentWhere(Term key) throws IOException {
        Query q = new BooleanQuery.Builder()
                .add(new TermQuery(key), Occur.FILTER)
                .add(kind(IndexFields.KIND_DOCUMENT), Occur.FILTER)
                .build();
        List<Scored> hit = top(q, 1, null);
        return hit.isEmpty() ? Optional.empty() : Optional.of(IndexDocuments.documentFrom(hit.get(0).stored()));
    }

    static Query kind(String kind) {
        return new TermQuery(new Term(IndexFields.KIND, kind));
    }
}
