package org.klangru.index.solr;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.klangru.analysis.AnalyzerChoice;
import org.klangru.index.DocumentRecord;
import org.klangru.index.IndexFields;
import org.klangru.index.IndexStore;
import org.klangru.index.PassageIndex;
import org.klangru.index.PassageRecord;
import org.klangru.index.StoredFileState;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SolrCloud backend keeps Klangru's records as the embedded index does: the same writes on a 2-shard collection
 * of a real in-process cluster and on a Lucene index on disk give the same reads.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SolrCloudIndexTest {
    private SolrCloudFixture cluster;
    private SolrCloudIndex solr;
    private IndexStore embedded;

    @BeforeAll
    void start() throws Exception {
        cluster = SolrCloudFixture.start(2);
        solr = SolrCloudIndex.open(cluster.config("records", 2, 1), Files.createTempDirectory("klangru-solr-state"),
                "test-stamp");
        embedded = IndexStore.openWritable(Files.createTempDirectory("klangru-embedded"), "test", AnalyzerChoice.KLANGRU);
    }

    @AfterAll
    void stop() throws Exception {
        try {
            solr.close();
            embedded.close();
        } finally {
            cluster.close();
        }
    }

    private static DocumentRecord document(String id, String source, String title) {
        return new DocumentRecord(id, source, title, "text/plain", "hash-" + id, 100, 1_700_000_000_000L, "sop",
                LocalDate.of(2024, 3, 1), "กรมตัวอย่าง", 2, 200);
    }

    private static PassageRecord passage(String documentId, int ordinal, String text, List<Integer> categories) {
        return new PassageRecord(documentId + "-p" + ordinal, documentId, ordinal, "การจัดการความรู้", text, categories,
                List.of("PM1"), "[]", 0.5 + ordinal / 10.0, 0, false, categories);
    }

    private void onBoth(IoAction action) throws Exception {
        action.run(embedded);
        action.run(solr);
        embedded.commit(Map.of());
        solr.commit(Map.of());
    }

    @FunctionalInterface
    private interface IoAction {
        void run(PassageIndex index) throws Exception;
    }

    @Test
    void aReplacedDocumentKeepsOnlyItsNewPassagesOnBothBackends() throws Exception {
        DocumentRecord doc = document("d-replace", "km/plan.txt", "แผนการจัดการความรู้ (KM Plan)");
        onBoth(i -> i.replace(doc, List.of(
                passage("d-replace", 1, "จัดทำแผนการจัดการความรู้ประจำปี", List.of(4)),
                passage("d-replace", 2, "ชุมชนนักปฏิบัติแลกเปลี่ยนเรียนรู้", List.of(4)),
                passage("d-replace", 3, "ถอดบทเรียนจากการปฏิบัติงาน", List.of(4)))));
        onBoth(i -> i.replace(doc, List.of(passage("d-replace", 1, "จัดทำแผนการจัดการความรู้ฉบับใหม่", List.of(4)))));

        for (PassageIndex index : List.of(embedded, solr)) {
            List<PassageRecord> passages = index.passages("d-replace");
            assertEquals(1, passages.size(), index.location());
            assertEquals("จัดทำแผนการจัดการความรู้ฉบับใหม่", passages.get(0).text(), index.location());
            assertEquals(List.of(4), passages.get(0).categories());
            assertEquals("แผนการจัดการความรู้ (KM Plan)", index.document("d-replace").orElseThrow().title());
        }
    }

    @Test
    void readsAgreeOnCountsFileStatesFailuresAndOrder() throws Exception {
        PassageIndex.Counts embeddedBefore = embedded.counts();
        PassageIndex.Counts solrBefore = solr.counts();
        onBoth(i -> i.replace(document("d-a", "a/one.txt", "หนึ่ง"), List.of(
                passage("d-a", 1, "การบริการประชาชนด้วยความรวดเร็ว", List.of(3)),
                passage("d-a", 2, "การสำรวจความพึงพอใจของผู้รับบริการ", List.of(3)))));
        onBoth(i -> i.recordFailure(new StoredFileState("d-broken", "a/broken.pdf", "hash-broken", 10, 1L,
                "encrypted", "ไฟล์มีรหัสผ่าน")));

        for (PassageIndex index : List.of(embedded, solr)) {
            StoredFileState failure = index.fileStates().get("a/broken.pdf");
            assertEquals("encrypted", failure.failureReason(), index.location());
            assertEquals("ไฟล์มีรหัสผ่าน", failure.failureMessage());
            assertEquals("hash-d-a", index.fileStates().get("a/one.txt").contentHash());
            assertTrue(index.documentByContentHash("hash-d-a").isPresent());
            List<PassageIndex.Scored> byBestPractice = index.top(new TermQuery(new Term(IndexFields.DOC_ID, "d-a")), 10,
                    new Sort(new SortField(IndexFields.BEST_PRACTICE, SortField.Type.LONG, true)));
            assertEquals(java.util.Arrays.asList("d-a-p2", "d-a-p1", null), byBestPractice.stream()
                    .map(s -> s.stored().get(IndexFields.PASSAGE_ID)).toList(), index.location());
        }
        // other tests write to the same two indexes: compare what these writes added
        assertEquals(embedded.counts().documents() - embeddedBefore.documents(), solr.counts().documents() - solrBefore.documents());
        assertEquals(embedded.counts().passages() - embeddedBefore.passages(), solr.counts().passages() - solrBefore.passages());
        assertEquals(1, solr.counts().documents() - solrBefore.documents());

        // a file that failed and then indexes: its failure record goes
        onBoth(i -> i.replace(document("d-broken", "a/broken.pdf", "ซ่อมแล้ว"),
                List.of(passage("d-broken", 1, "เอกสารที่ซ่อมแล้ว", List.of()))));
        for (PassageIndex index : List.of(embedded, solr)) {
            assertFalse(index.fileStates().get("a/broken.pdf").failed(), index.location());
        }
        onBoth(i -> i.delete("d-broken"));
        for (PassageIndex index : List.of(embedded, solr)) {
            assertFalse(index.fileStates().containsKey("a/broken.pdf"), index.location());
            assertTrue(index.document("d-broken").isEmpty());
        }
    }

    @Test
    void aCommitRecordsTheBuildStampAndTheCorpus() throws Exception {
        solr.commit(Map.of(IndexFields.COMMIT_CORPUS, "/data/corpus"));
        assertEquals("/data/corpus", solr.userData().get(IndexFields.COMMIT_CORPUS));
        assertEquals("test-stamp", solr.userData().get(IndexFields.COMMIT_BUILD_STAMP));
        assertEquals("klangru", solr.userData().get(IndexFields.COMMIT_ANALYZER).toLowerCase());
    }

    @Test
    void writesBecomeVisibleWithinASecondWithoutACommit() throws Exception {
        solr.replace(document("d-nrt", "nrt.txt", "ใกล้เวลาจริง"), List.of(passage("d-nrt", 1, "ข้อความใหม่", List.of())));
        long written = System.nanoTime();
        long deadline = written + 5_000_000_000L;
        while (solr.document("d-nrt").isEmpty() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        long visibleMs = (System.nanoTime() - written) / 1_000_000;
        assertTrue(solr.document("d-nrt").isPresent(), "not visible after 5 s");
        // the configset's soft commit comes 0.8 s after a write; opening the searcher and this query fit in the rest
        assertTrue(visibleMs <= 1_000, "visible after " + visibleMs + " ms");
    }

    @Test
    void anEmptiedCollectionIsRebuiltWhenTheStampChanges() throws Exception {
        SolrCloudConfig config = cluster.config("stamped", 2, 1);
        Path state = Files.createTempDirectory("klangru-solr-stamp");
        try (SolrCloudIndex first = SolrCloudIndex.open(config, state, "stamp-1")) {
            first.replace(document("d-s", "s.txt", "ก"), List.of(passage("d-s", 1, "ข้อความ", List.of())));
            first.commit(Map.of());
            assertFalse(first.rebuilt());
        }
        try (SolrCloudIndex same = SolrCloudIndex.open(config, state, "stamp-1")) {
            assertFalse(same.rebuilt());
            assertEquals(1, same.counts().documents());
        }
        try (SolrCloudIndex changed = SolrCloudIndex.open(config, state, "stamp-2")) {
            assertTrue(changed.rebuilt());
            assertEquals(0, changed.counts().documents());
        }
    }
}
