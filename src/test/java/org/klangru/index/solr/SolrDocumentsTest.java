package org.klangru.index.solr;

import org.apache.lucene.document.Document;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.SolrInputField;
import org.apache.solr.schema.IndexSchema;
import org.apache.solr.schema.SchemaField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.klangru.index.DocumentRecord;
import org.klangru.index.IndexDocuments;
import org.klangru.index.IndexFields;
import org.klangru.index.PassageRecord;
import org.klangru.index.SolrTestRecords;
import org.klangru.index.StoredFileState;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Records to Solr and back, through what the configset's schema stores (no cluster). */
class SolrDocumentsTest {
    static IndexSchema schema;

    static final DocumentRecord DOC = SolrTestRecords.documentRecord("0a1b2c3d4e5f6a7b",
            "แผนการจัดการความรู้ ปีงบประมาณ 2567", "plan", LocalDate.of(2024, 3, 15), "กรมตัวอย่าง", 2);
    static final List<PassageRecord> PASSAGES = SolrTestRecords.passages(DOC.id(), "หมวด 4 › การจัดการความรู้",
            List.of("ส่วนราชการจัดทำแผนการจัดการความรู้ (KM) ตามเกณฑ์ PMQA 4.0",
                    "ชุมชนนักปฏิบัติ ๒ ครั้งต่อปี"),
            List.of(List.of(4, 1), List.of()), List.of(List.of("IT3", "CS1"), List.of()));

    @BeforeAll
    static void loadSchema(@TempDir Path dir) {
        schema = ConfigSetSchema.load(dir);
    }

    /** What Solr would answer for the document: its stored fields (docValues-only sort fields are not returned). */
    static SolrDocument answer(SolrInputDocument in) {
        SolrDocument out = new SolrDocument();
        for (SolrInputField f : in) {
            SchemaField field = schema.getField(f.getName()); // throws for a field the schema lacks
            if (field.stored()) {
                for (Object v : f.getValues()) {
                    out.addField(f.getName(), v);
                }
            }
        }
        out.setField(SolrFields.VERSION, 1L);
        out.setField("score", 1.5f);
        return out;
    }

    @Test
    void documentRecordRoundTrip() {
        Document record = SolrTestRecords.document(DOC, PASSAGES, List.of("ธอส.=ธนาคารอาคารสงเคราะห์"));
        SolrInputDocument in = SolrDocuments.toSolr(record);
        assertEquals(DOC.id() + "!document", in.getFieldValue(SolrFields.ID));
        assertEquals(DOC.date().toEpochDay(), in.getFieldValue(SolrFields.DATE_DAY));
        assertEquals("2567", in.getFieldValue(IndexFields.YEAR));
        assertEquals(List.of("หมวด 4", "การจัดการความรู้"), List.copyOf(in.getFieldValues(IndexFields.HEADINGS)));
        assertEquals(List.of("ธอส.=ธนาคารอาคารสงเคราะห์"), List.copyOf(in.getFieldValues(IndexFields.EQUIVALENT)));
        assertEquals(0, in.getFieldValue(IndexFields.ORDINAL), "document records sort with ordinal 0, as embedded");
        assertNull(in.getField(IndexFields.TITLE_WORDS), "title words only on passages, as embedded");

        Document back = SolrDocuments.fromSolr(answer(in));
        assertEquals(DOC, IndexDocuments.documentFrom(back));
        assertNull(back.getField(IndexFields.ORDINAL));
        assertNull(back.getField(SolrFields.ID));
        assertEquals(List.of("หมวด 4", "การจัดการความรู้"), List.of(back.getValues(IndexFields.HEADINGS)));
        assertFalse(IndexDocuments.fileStateFrom(back).failed());
        assertEquals(new StoredFileState(DOC.id(), DOC.source(), DOC.contentHash(), DOC.fileSize(), DOC.fileMtime(), null,
                null), IndexDocuments.fileStateFrom(back));
    }

    @Test
    void passageRecordRoundTrip() {
        for (PassageRecord p : PASSAGES) {
            SolrInputDocument in = SolrDocuments.toSolr(SolrTestRecords.passage(p, DOC));
            assertEquals(DOC.id() + "!" + p.passageId(), in.getFieldValue(SolrFields.ID));
            assertEquals(DOC.title(), in.getFieldValue(IndexFields.TITLE_WORDS));
            assertEquals(p.heading(), in.getFieldValue(IndexFields.HEADING), "the stored heading, once");
            assertEquals(1, in.getFieldValues(IndexFields.HEADING).size());
            assertNull(in.getField(IndexFields.TEXT_NGRAM), "the schema's copyField makes the n-grams");
            assertEquals(Math.round(p.bestPractice() * 1000), in.getFieldValue(SolrFields.BEST_PRACTICE_SORT));
            assertEquals(p.categories().stream().map(String::valueOf).toList(),
                    in.getField(IndexFields.CATEGORY) == null ? List.of() : List.copyOf(in.getFieldValues(IndexFields.CATEGORY)));

            Document back = SolrDocuments.fromSolr(answer(in));
            assertEquals(p, IndexDocuments.passageFrom(back));
            assertEquals(IndexDocuments.documentOfPassage(SolrTestRecords.passage(p, DOC)),
                    IndexDocuments.documentOfPassage(back));
            assertEquals(p.ordinal(), back.getField(IndexFields.ORDINAL).numericValue().intValue());
        }
    }

    @Test
    void failureRecordRoundTrip() {
        StoredFileState failure = new StoredFileState("ffee000011112222", "เสีย/ไฟล์.pdf", "abc123", 99L, 1_700_000_000_001L,
                "ENCRYPTED", "เข้ารหัสไว้ (encrypted)");
        SolrInputDocument in = SolrDocuments.toSolr(SolrTestRecords.failure(failure));
        assertEquals("ffee000011112222!failure", in.getFieldValue(SolrFields.ID));
        Document back = SolrDocuments.fromSolr(answer(in));
        assertEquals(failure, IndexDocuments.fileStateFrom(back));
        assertTrue(IndexDocuments.fileStateFrom(back).failed());
    }

    @Test
    void aRecordWithoutAUsableDocumentIdIsRefused() {
        Document noId = new Document();
        noId.add(new org.apache.lucene.document.StringField(IndexFields.KIND, IndexFields.KIND_DOCUMENT,
                org.apache.lucene.document.Field.Store.YES));
        assertThrows(IllegalArgumentException.class, () -> SolrDocuments.id(noId));
        Document bang = SolrTestRecords.failure(new StoredFileState("a!b", "x", null, 0, 0, "EMPTY", "empty"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SolrDocuments.toSolr(bang));
        assertTrue(e.getMessage().contains("a!b"), e.getMessage());
    }
}
