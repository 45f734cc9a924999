package org.klangru.index.solr;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.klangru.analysis.EquivalentsFile;
import org.klangru.index.DocumentRecord;
import org.klangru.index.PassageRecord;
import org.klangru.search.SearchRequest;
import org.klangru.search.SearchResult;
import org.klangru.search.SolrPassageSearch;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A collection with two copies of each shard keeps answering, with the same hits, when one of its two nodes stops.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SolrCloudNodeLossTest {
    private SolrCloudFixture cluster;
    private SolrCloudIndex index;

    @BeforeAll
    void start() throws Exception {
        cluster = SolrCloudFixture.start(2);
        index = SolrCloudIndex.open(cluster.config("replicated", 2, 2), Files.createTempDirectory("klangru-node-loss"),
                "test");
        for (int d = 0; d < 20; d++) {
            String id = "doc-" + d;
            DocumentRecord doc = new DocumentRecord(id, "visits/" + id + ".txt", "รายงานการศึกษาดูงาน " + d, "text/plain",
                    "h" + d, 10, 1L, "report", LocalDate.of(2023, 1, 1 + d), "กรม " + (d % 3), 2, 100);
            List<PassageRecord> passages = new ArrayList<>();
            passages.add(new PassageRecord(id + "-1", id, 1, "", "ระบบจัดการข้อร้องเรียนของหน่วยงานที่ " + d, List.of(3),
                    List.of(), "[]", 0.5, 0, false, List.of(3)));
            passages.add(new PassageRecord(id + "-2", id, 2, "", "การจัดการความรู้และชุมชนนักปฏิบัติ " + d, List.of(4),
                    List.of(), "[]", 0.5, 0, false, List.of(4)));
            index.replace(doc, passages);
        }
        index.commit(Map.of());
    }

    @AfterAll
    void stop() throws Exception {
        try {
            index.close();
        } finally {
            cluster.close();
        }
    }

    @Test
    void searchesGoOnWithoutErrorsWhenOneNodeStops() throws Exception {
        SolrPassageSearch search = new SolrPassageSearch(index, EquivalentsFile.NONE);
        SearchRequest complaints = SearchRequest.of("ระบบจัดการข้อร้องเรียน");
        SearchResult before = search.search(complaints);
        assertEquals(40, before.total(), "both passages of every document hold a query word");

        cluster.cluster().waitForJettyToStop(cluster.cluster().stopJettySolrRunner(1));

        for (int i = 0; i < 10; i++) {
            SearchResult after = search.search(complaints);
            assertEquals(before.total(), after.total(), "search " + i + " after the node stopped");
            assertEquals(before.hits().stream().map(h -> h.passageId()).toList(),
                    after.hits().stream().map(h -> h.passageId()).toList());
            assertFalse(after.facets().get("category").isEmpty());
        }
        assertEquals(20, index.counts().documents());

        // with no node left, a search fails as an I/O failure (the API's 503), not as an unexpected error (500)
        cluster.cluster().waitForJettyToStop(cluster.cluster().stopJettySolrRunner(0));
        assertThrows(java.io.IOException.class, () -> search.search(complaints));
    }
}
