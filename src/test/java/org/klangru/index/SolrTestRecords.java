package org.klangru.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.klangru.analysis.AnalyzerChoice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Test helper for the Solr backend's tests: the Lucene records {@link IndexDocuments} makes (its passage method is
 * package-private), laid out as {@link IndexStore#replace} writes them, and a few records to make them from.
 */
public final class SolrTestRecords {
    private SolrTestRecords() {}

    /** The document record as IndexStore.replace writes it: headings and defined equivalents added. */
    public static Document document(DocumentRecord d, List<PassageRecord> passages, List<String> equivalents) {
        Document record = IndexDocuments.toLucene(d, 1_733_000_000_000L);
        passages.stream().flatMap(p -> java.util.Arrays.stream(p.heading().split(IndexDocuments.HEADING_SEPARATOR)))
                .map(String::strip).filter(h -> !h.isEmpty()).distinct()
                .forEach(h -> record.add(new StoredField(IndexFields.HEADINGS, h)));
        equivalents.forEach(k -> record.add(new StringField(IndexFields.EQUIVALENT, k, Field.Store.NO)));
        return record;
    }

    /** The document record with the equivalents mined as IndexStore.replace mines them (title and passages). */
    public static Document document(DocumentRecord d, List<PassageRecord> passages) {
        java.util.Set<String> defined = new java.util.TreeSet<>();
        if (d.title() != null) {
            org.klangru.analysis.EquivalentMiner.mine(d.title()).forEach(e -> defined.add(e.key()));
        }
        for (PassageRecord p : passages) {
            org.klangru.analysis.EquivalentMiner.mine(p.text()).forEach(e -> defined.add(e.key()));
        }
        return document(d, passages, List.copyOf(defined));
    }

    public static Document passage(PassageRecord p, DocumentRecord d) {
        return IndexDocuments.toLucene(p, d, true, new AnalyzedOnce.Cache(AnalyzerChoice.KLANGRU.indexAnalyzer()));
    }

    public static Document failure(StoredFileState f) {
        return IndexDocuments.failureToLucene(f);
    }

    /** A document with a date and an agency, as ingest makes them. */
    public static DocumentRecord documentRecord(String id, String title, String type, LocalDate date, String agency,
                                                int passages) {
        return new DocumentRecord(id, "ข่าว/" + id + ".txt", title, "text/plain", "hash-" + id, 1234L + passages,
                1_700_000_000_000L, type, date, agency, passages, 100 * passages);
    }

    /** Passages of one document, one per text, with labels. */
    public static List<PassageRecord> passages(String documentId, String heading, List<String> texts,
                                               List<List<Integer>> categories, List<List<String>> codes) {
        List<PassageRecord> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            List<Integer> cats = categories.get(i);
            out.add(new PassageRecord(PassageRecord.passageId(documentId, i + 1), documentId, i + 1, heading,
                    texts.get(i), cats, codes.get(i), "{\"categories\":[]}", 0.1 * (i + 1), i + 2, i % 2 == 1,
                    cats.isEmpty() ? List.of() : List.of(cats.get(0))));
        }
        return out;
    }
}
