package org.klangru.index.solr;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.IndexableField;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.klangru.index.IndexFields;

import java.util.Collection;
import java.util.List;

/**
 * Klangru's records (the Lucene documents {@link org.klangru.index.IndexDocuments} makes) as Solr documents and back.
 * Field names stay the same; Solr analyses the text fields itself with the configset's Klangru analysis, so the
 * pre-analysed token streams of a record are left out and their stored values sent instead. Where the embedded
 * index keeps one name in two forms (stored value and sort value), Solr has two fields ({@link SolrFields}).
 */
public final class SolrDocuments {
    private SolrDocuments() {}

    /** Separates the routing prefix (the document id) in a record's id: compositeId keeps a document on one shard. */
    public static final char ROUTE_SEPARATOR = '!';

    /** Fields that are Solr's own or that only the search answer carries, never a record's. */
    private static final List<String> NOT_RECORD_FIELDS = List.of(SolrFields.ID, SolrFields.VERSION, "score");

    /** Any record: a document, a passage or a failure. */
    public static SolrInputDocument toSolr(Document record) {
        SolrInputDocument out = new SolrInputDocument();
        out.setField(SolrFields.ID, id(record));
        boolean storedOrdinal = false;
        for (IndexableField f : record.getFields(IndexFields.ORDINAL)) {
            storedOrdinal |= f.fieldType().stored();
        }
        for (IndexableField f : record.getFields()) {
            String name = f.name();
            if (name.equals(IndexFields.TEXT_NGRAM) || name.equals(IndexFields.TITLE_WORDS)) {
                continue; // a copyField makes the n-grams; title words are set from the title below
            }
            if (f instanceof Field field && field.tokenStreamValue() != null) {
                continue; // pre-analysed (heading): its stored twin carries the text
            }
            if (f.fieldType().docValuesType() != DocValuesType.NONE && !f.fieldType().stored()
                    && f.fieldType().indexOptions() == org.apache.lucene.index.IndexOptions.NONE) {
                sortValue(out, name, f, storedOrdinal);
                continue;
            }
            if (f.fieldType().pointDimensionCount() > 0 && !f.fieldType().stored()) {
                continue; // the year as a point: Solr has the year keyword only
            }
            Object value = f.numericValue() != null ? f.numericValue() : f.stringValue(); // a number's stringValue is its text
            if (value != null) {
                out.addField(name, value);
            }
        }
        if (IndexFields.KIND_PASSAGE.equals(record.get(IndexFields.KIND)) && record.get(IndexFields.TITLE) != null) {
            // on the records that have title words in the embedded index (passages), not on every record with a title
            out.setField(IndexFields.TITLE_WORDS, record.get(IndexFields.TITLE));
        }
        return out;
    }

    /** A docValues-only field of the embedded index: a sort value, under Solr's name for it. */
    private static void sortValue(SolrInputDocument out, String name, IndexableField f, boolean storedOrdinal) {
        if (f.numericValue() == null) {
            return; // a keyword's docValues twin (facets): Solr makes docValues from the keyword itself
        }
        long v = f.numericValue().longValue();
        switch (name) {
            case IndexFields.DATE -> out.setField(SolrFields.DATE_DAY, v);
            case IndexFields.BEST_PRACTICE -> out.setField(SolrFields.BEST_PRACTICE_SORT, v);
            case IndexFields.ORDINAL -> {
                if (!storedOrdinal) {
                    out.setField(IndexFields.ORDINAL, (int) v); // document records sort with ordinal 0
                }
            }
            default -> throw new IllegalArgumentException("no Solr field for the sort values of " + name);
        }
    }

    /**
     * The record's unique key: {@code documentId!passageId}, {@code documentId!document} or
     * {@code documentId!failure}.
     */
    public static String id(Document record) {
        String documentId = record.get(IndexFields.DOC_ID);
        String kind = record.get(IndexFields.KIND);
        if (documentId == null || documentId.isEmpty() || documentId.indexOf(ROUTE_SEPARATOR) >= 0) {
            throw new IllegalArgumentException("a record needs a document id without '" + ROUTE_SEPARATOR + "', got "
                    + documentId);
        }
        String rest;
        if (IndexFields.KIND_PASSAGE.equals(kind)) {
            rest = record.get(IndexFields.PASSAGE_ID);
            if (rest == null) {
                throw new IllegalArgumentException("a passage record without a passage id: " + documentId);
            }
        } else if (IndexFields.KIND_DOCUMENT.equals(kind)) {
            rest = SolrFields.DOCUMENT_SUFFIX;
        } else if (IndexFields.KIND_FAILURE.equals(kind)) {
            rest = SolrFields.FAILURE_SUFFIX;
        } else {
            throw new IllegalArgumentException("unknown record kind " + kind + " of " + documentId);
        }
        return documentId + ROUTE_SEPARATOR + rest;
    }

    /**
     * A Solr answer's stored fields as the Lucene document the embedded index would have returned: same names,
     * numbers as numeric stored fields ({@code IndexDocuments.documentFrom}, {@code fileStateFrom},
     * {@code passageFrom} and the search's hit mapping read it unchanged).
     */
    public static Document fromSolr(SolrDocument answer) {
        Document doc = new Document();
        boolean passage = IndexFields.KIND_PASSAGE.equals(first(answer.getFieldValue(IndexFields.KIND)));
        for (String name : answer.getFieldNames()) {
            if (NOT_RECORD_FIELDS.contains(name) || name.startsWith("[")
                    || (name.equals(IndexFields.ORDINAL) && !passage)) {
                continue; // document records hold ordinal 0 for sorting only
            }
            Collection<Object> values = answer.getFieldValues(name);
            if (values == null) {
                continue;
            }
            for (Object v : values) {
                doc.add(stored(name, v));
            }
        }
        return doc;
    }

    private static Object first(Object value) {
        return value instanceof Collection<?> c ? (c.isEmpty() ? null : c.iterator().next()) : value;
    }

    private static StoredField stored(String name, Object v) {
        if (v instanceof Integer i) {
            return new StoredField(name, i);
        } else if (v instanceof Long l) {
            return new StoredField(name, l);
        } else if (v instanceof Double d) {
            return new StoredField(name, d);
        } else if (v instanceof Float f) {
            return new StoredField(name, f);
        } else if (v instanceof String s) {
            return new StoredField(name, s);
        }
        throw new IllegalArgumentException("unexpected value of " + name + " in a Solr answer: " + v.getClass());
    }
}
