package org.klangru.search;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.klangru.analysis.EquivalentsFile;
import org.klangru.index.DocumentRecord;
import org.klangru.index.PassageRecord;
import org.klangru.index.solr.SolrCloudFixture;
import org.klangru.index.solr.SolrCloudIndex;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Facets on the cluster follow the embedded index's rule: exact up to the sample size, above it counted on a sample
 * spread over the collection (by passage position) and scaled to the total, and then said to be estimates.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SolrFacetSamplingTest {
    private static final int DOCUMENTS = 28;
    private static final int PASSAGES = 10;

    private SolrCloudFixture cluster;
    private SolrCloudIndex index;

    @BeforeAll
    void start() throws Exception {
        cluster = SolrCloudFixture.start(2);
        index = SolrCloudIndex.open(cluster.config("facets", 2, 1), Files.createTempDirectory("klangru-facets"), "test");
        for (int d = 0; d < DOCUMENTS; d++) {
            String id = String.format("%016x", d + 1);
            int category = d % 4 + 1; // categories 1-4, seven documents each
            DocumentRecord doc = new DocumentRecord(id, "kpi/" + d + ".txt", "ตัวชี้วัด " + d, "text/plain", "h" + d, 10, 1L,
                    "report", LocalDate.of(2023, 1, 1), null, PASSAGES, 100);
            List<PassageRecord> passages = new ArrayList<>();
            for (int o = 1; o <= PASSAGES; o++) {
                passages.add(new PassageRecord(id + "-" + String.format("%04d", o), id, o, "",
                        "การวัดผลการดำเนินงานด้วยตัวชี้วัดข้อที่ " + o + " ของหน่วยงานที่ " + d + " ปีงบประมาณ " + (2500 + d * 10 + o),
                        List.of(category), List.of(), "[]", 0.5, 0, false, List.of(category)));
            }
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
    void aboveTheSampleSizeFacetsAreScaledEstimatesOfTheExactCounts() throws Exception {
        SearchRequest kpi = SearchRequest.of("ตัวชี้วัด");
        SearchResult exact = new SolrPassageSearch(index, EquivalentsFile.NONE).search(kpi);
        assertEquals(DOCUMENTS * PASSAGES, exact.total());
        assertFalse(exact.facetsEstimated());
        assertEquals(Map.of("1", 70, "2", 70, "3", 70, "4", 70), exact.facets().get("category"));

        SearchResult sampled = new SolrPassageSearch(index, EquivalentsFile.NONE, 50).search(kpi);
        assertTrue(sampled.facetsEstimated());
        assertEquals(exact.total(), sampled.total());
        assertEquals(exact.hits().stream().map(SearchHit::passageId).toList(),
                sampled.hits().stream().map(SearchHit::passageId).toList(), "sampling touches facets only");
        // one passage in five is read (the 5th and 10th of each document): each category's 14 scale back to 70
        assertEquals(Map.of("1", 70, "2", 70, "3", 70, "4", 70), sampled.facets().get("category"));
    }
}
