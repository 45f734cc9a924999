package org.klangru.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.klangru.analysis.EquivalentMiner;
import java.util.List;

import static org.klangru.index.IndexFields.*;

/** Maps records to Lucene documents and back. The only place that knows how each field is indexed. */
public final class IndexDocuments {
    private IndexDocuments() {}

    /**
     * How records are laid out (which fields are indexed how). Part of the build stamp, so that an index written
     * with another layout, or cut into passages another way, is rebuilt. 2: the content hash of document records is
     * an indexed keyword. 3: hard-wrapped plain-text lines are rejoined before passages are cut. 4: a scraped
     * head loses its site breadcrumb and title copies ({@code ingest.HeadLines}). 5: PDF tone marks drawn after
     * the next consonant are put back ({@code text.DriftedTones}), and the classifier
     * reads item numbers and short items' topics. 6: long paragraphs are cut into overlapping passages
     * ({@code passage.Chunker}) and the collection's learned equivalents are kept with the index. 7: the category
     * model's labels, and the labels sure enough for evidence packs in a field of their own. 8: passage ids sortable, the
     * last tie-break of every order (equal hits in the same order on both backends). 9: PDF text in printed order
     * along each line ({@code ingest.LineOrderPdfParser}: curly quotes back between their words). 10: the pieces of one
     * long paragraph carry the categories of the whole paragraph (management documents; not PDFs or scans). 11: the
     * whole paragraph is read at once, in every document, and its pieces carry that reading. Bump it
     * whenever extraction, repair or classifier code changes what records hold, as neither the analyzer version nor
     * the taxonomy's fingerprint sees code.
     */
    public static final int SCHEMA_VERSION = 11;

    /** What records made now are made with; records stamped otherwise are rebuilt (either backend). */
    public static String buildStamp(org.klangru.analysis.AnalyzerChoice analysis, String taxonomyFingerprint) {
        return "schema-" + SCHEMA_VERSION + "+" + analysis.version() + "+taxonomy-" + taxonomyFingerprint;
    }

    /** Between the levels of a passage's stored heading path. */
    public static final String HEADING_SEPARATOR = org.klangru.passage.Passage.SEPARATOR;

    /**
     * Passage text: stored, with offsets in the postings. Snippets no longer read them (both backends mark the text
     * analysed again, so that they mark alike); dropping them would shrink the index and needs a schema version.
     */
    private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

    static {
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    /**
     * Every record of a document: the document record (with the headings of its passages and the equivalents it
     * defines) followed by its passages, as both backends write them.
     *
     * @param analyzer analyses title and headings once for all passages; null when the backend analyses them itself
     *                 (SolrCloud): then only their stored text is added
     */
    public static List<Document> records(DocumentRecord document, List<PassageRecord> passages, boolean ngrams,
                                         Analyzer analyzer) {
        AnalyzedOnce.Cache repeated = analyzer == null ? null : new AnalyzedOnce.Cache(analyzer);
        List<Document> docs = new ArrayList<>(passages.size() + 1);
        Document record = toLucene(document, System.currentTimeMillis());
        passages.stream().flatMap(p -> Arrays.stream(p.heading().split(HEADING_SEPARATOR)))
                .map(String::strip).filter(h -> !h.isEmpty()).distinct()
                .forEach(h -> record.add(new StoredField(HEADINGS, h)));
        // what the document defines in parentheses: overlapping passages hold each definition whole at least once
        Set<String> defined = new TreeSet<>();
        // the title too: news titles define names ("… ธนาคารอาคารสงเคราะห์ (ธอส.) …") and are not a passage
        if (document.title() != null) {
            EquivalentMiner.mine(document.title()).forEach(e -> defined.add(e.key()));
        }
        for (PassageRecord p : passages) {
            EquivalentMiner.mine(p.text()).forEach(e -> defined.add(e.key()));
        }
        defined.forEach(k -> record.add(new StringField(EQUIVALENT, k, Field.Store.NO)));
        docs.add(record);
        for (PassageRecord p : passages) {
            docs.add(toLucene(p, document, ngrams, repeated));
        }
        return docs;
    }

    public static Document toLucene(DocumentRecord d, long indexedAtMillis) {
        Document doc = new Document();
        keyword(doc, KIND, KIND_DOCUMENT, false);
        keyword(doc, DOC_ID, d.id(), false);
        addDocumentFacets(doc, d);
        doc.add(new StoredField(MEDIA_TYPE, d.mediaType()));
        // indexed, so that an upload whose content is already here is found with one term lookup
        keyword(doc, CONTENT_HASH, d.contentHash(), false);
        doc.add(new StoredField(FILE_SIZE, d.fileSize()));
        doc.add(new StoredField(FILE_MTIME, d.fileMtime()));
        doc.add(new StoredField(INDEXED_AT, indexedAtMillis));
        doc.add(new StoredField(PASSAGE_COUNT, d.passageCount()));
        doc.add(new StoredField(CHAR_COUNT, d.charCount()));
        doc.add(new NumericDocValuesField(ORDINAL, 0));
        return doc;
    }

    /**
     * @param repeated analyses the texts a document repeats in each of its passages (title, headings) only once
     */
    static Document toLucene(PassageRecord p, DocumentRecord d, boolean ngrams, AnalyzedOnce.Cache repeated) {
        Document doc = new Document();
        keyword(doc, KIND, KIND_PASSAGE, false);
        keyword(doc, DOC_ID, p.documentId(), false);
        keyword(doc, PASSAGE_ID, p.passageId(), false);
        // the last tie-break of every order, so that equal hits come in the same order on every backend and every run
        doc.add(new SortedDocValuesField(PASSAGE_ID, new BytesRef(p.passageId())));
        doc.add(new StoredField(ORDINAL, p.ordinal()));
        doc.add(new NumericDocValuesField(ORDINAL, p.ordinal()));
        doc.add(new Field(TEXT, p.text(), TEXT_WITH_OFFSETS));
        if (ngrams) {
            doc.add(new TextField(TEXT_NGRAM, p.text(), Field.Store.NO));
        }
        doc.add(new StoredField(HEADING, p.heading()));
        if (repeated != null) {
            doc.add(new Field(HEADING, repeated.stream(HEADING, p.heading()), TextField.TYPE_NOT_STORED));
            doc.add(new Field(TITLE_WORDS, repeated.stream(TITLE_WORDS, d.title()), TextField.TYPE_NOT_STORED));
        }
        addDocumentFacets(doc, d);
        for (Integer c : p.categories()) {
            keyword(doc, CATEGORY, String.valueOf(c), true);
        }
        for (Integer c : p.evidenceCategories()) {
            keyword(doc, CATEGORY_EVIDENCE, String.valueOf(c), false);
        }
        for (String code : p.codes()) {
            keyword(doc, CODE, code, true);
        }
        doc.add(new StoredField(WHY, p.why()));
        doc.add(new StoredField(BEST_PRACTICE, p.bestPractice()));
        doc.add(new NumericDocValuesField(BEST_PRACTICE, Math.round(p.bestPractice() * 1000)));
        if (p.page() > 0) {
            doc.add(new StoredField(PAGE, p.page()));
        }
        if (p.ocr()) {
            keyword(doc, OCR, "true", false);
        }
        return doc;
    }

    /** Fields a passage inherits from its document, so that filters and facets need no join. */
    private static void addDocumentFacets(Document doc, DocumentRecord d) {
        doc.add(new StringField(SOURCE, d.source(), Field.Store.YES));
        doc.add(new StoredField(TITLE, d.title()));
        keyword(doc, TYPE, d.type(), true);
        if (d.date() != null) {
            doc.add(new StoredField(DATE, d.date().toString()));
            doc.add(new NumericDocValuesField(DATE, d.date().toEpochDay()));
            keyword(doc, YEAR, String.valueOf(d.buddhistYear()), true);
            doc.add(new IntPoint(YEAR, d.buddhistYear()));
        }
        if (d.agency() != null && !d.agency().isBlank()) {
            keyword(doc, AGENCY, d.agency(), true);
        }
    }

    private static void keyword(Document doc, String field, String value, boolean facet) {
        doc.add(new StringField(field, value, Field.Store.YES));
        if (facet) {
            doc.add(new SortedSetDocValuesField(field, new BytesRef(value)));
        }
    }

    public static Document failureToLucene(StoredFileState f) {
        Document doc = new Document();
        keyword(doc, KIND, KIND_FAILURE, false);
        keyword(doc, DOC_ID, f.documentId(), false);
        doc.add(new StringField(SOURCE, f.source(), Field.Store.YES));
        if (f.contentHash() != null) {
            keyword(doc, CONTENT_HASH, f.contentHash(), false); // indexed as on document records: one schema per field
        }
        doc.add(new StoredField(FILE_SIZE, f.fileSize()));
        doc.add(new StoredField(FILE_MTIME, f.fileMtime()));
        doc.add(new StoredField(FAILURE_REASON, f.failureReason()));
        doc.add(new StoredField(FAILURE_MESSAGE, f.failureMessage()));
        return doc;
    }

    public static StoredFileState fileStateFrom(Document doc) {
        return new StoredFileState(doc.get(DOC_ID), doc.get(SOURCE), doc.get(CONTENT_HASH), longValue(doc, FILE_SIZE),
                longValue(doc, FILE_MTIME), doc.get(FAILURE_REASON), doc.get(FAILURE_MESSAGE));
    }

    public static DocumentRecord documentFrom(Document doc) {
        String date = doc.get(DATE);
        return new DocumentRecord(
                doc.get(DOC_ID),
                doc.get(SOURCE),
                doc.get(TITLE),
                doc.get(MEDIA_TYPE),
                doc.get(CONTENT_HASH),
                longValue(doc, FILE_SIZE),
                longValue(doc, FILE_MTIME),
                doc.get(TYPE),
                date == null ? null : LocalDate.parse(date),
                doc.get(AGENCY),
                (int) longValue(doc, PASSAGE_COUNT),
                (int) longValue(doc, CHAR_COUNT));
    }

    public static PassageRecord passageFrom(Document doc) {
        List<Integer> categories = new ArrayList<>();
        for (String c : doc.getValues(CATEGORY)) {
            categories.add(Integer.parseInt(c));
        }
        List<Integer> evidence = new ArrayList<>();
        for (String c : doc.getValues(CATEGORY_EVIDENCE)) {
            evidence.add(Integer.parseInt(c));
        }
        IndexableField best = doc.getField(BEST_PRACTICE);
        return new PassageRecord(
                doc.get(PASSAGE_ID),
                doc.get(DOC_ID),
                (int) longValue(doc, ORDINAL),
                doc.get(HEADING),
                doc.get(TEXT),
                categories,
                List.of(doc.getValues(CODE)),
                doc.get(WHY),
                best == null ? 0 : best.numericValue().doubleValue(),
                (int) longValue(doc, PAGE),
                "true".equals(doc.get(OCR)),
                evidence);
    }

    /** The document-level part of a passage's stored fields. */
    public static DocumentRecord documentOfPassage(Document doc) {
        String date = doc.get(DATE);
        return new DocumentRecord(doc.get(DOC_ID), doc.get(SOURCE), doc.get(TITLE), null, null, 0, 0,
                doc.get(TYPE), date == null ? null : LocalDate.parse(date), doc.get(AGENCY), 0, 0);
    }

    private static long longValue(Document doc, String field) {
        IndexableField f = doc.getField(field);
        return f == null || f.numericValue() == null ? 0 : f.numericValue().longValue();
    }
}
