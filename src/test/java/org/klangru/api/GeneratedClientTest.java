package org.klangru.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.klangru.TestCorpora;
import org.klangru.apiclient.ApiClient;
import org.klangru.apiclient.ApiException;
import org.klangru.apiclient.api.DocumentsApi;
import org.klangru.apiclient.api.ReindexApi;
import org.klangru.apiclient.api.SnippetsApi;
import org.klangru.apiclient.api.TaxonomyApi;
import org.klangru.apiclient.model.DocumentViewsDocumentList;
import org.klangru.apiclient.model.DocumentViewsDocumentView;
import org.klangru.apiclient.model.SearchHit;
import org.klangru.apiclient.model.SearchResult;
import org.klangru.apiclient.model.Taxonomy;
import org.klangru.ingest.IngestReport;
import org.klangru.ingest.Ingestor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The Java client that openapi-generator makes from the compiled API description (target/generated-test-sources,
 * see pom.xml) talks to the embedded server and reads typed answers and typed errors: the description is usable by
 * an integrator's generator, not only valid.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedClientTest implements TestPropertyProvider {
    private static final Path WORK = TestCorpora.tempDir("klangru-client");
    private static final Path CORPUS = TestCorpora.copy("corpus-e2e", WORK.resolve("corpus"));

    @Inject
    EmbeddedServer server;
    @Inject
    Ingestor ingestor;

    ApiClient client;
    SnippetsApi snippets;
    DocumentsApi documents;
    TaxonomyApi taxonomyApi;
    ReindexApi reindex;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("klangru.index.dir", WORK.resolve("index").toString(),
                "klangru.ingest.corpus", CORPUS.toString(),
                "micronaut.server.port", "-1");
    }

    @BeforeAll
    void ingest() throws IOException {
        IngestReport report = ingestor.ingest(CORPUS);
        assertEquals(3, report.added(), report.summary());
        client = new ApiClient();
        client.updateBaseUri(server.getURI().toString());
        snippets = new SnippetsApi(client);
        documents = new DocumentsApi(client);
        taxonomyApi = new TaxonomyApi(client);
        reindex = new ReindexApi(client);
    }

    @Test
    void thaiQueryInACategoryReadsTypedHits() throws ApiException {
        SearchResult result = snippets.searchSnippets("การจัดการความรู้", List.of(4), null, null, null, null, null, null, 1, 5);
        assertEquals("การจัดการความรู้", result.getQuery());
        assertEquals("search", result.getMode());
        assertFalse(result.getHits().isEmpty(), result.toString());
        assertTrue(result.getTotal() >= result.getHits().size());
        for (SearchHit hit : result.getHits()) {
            assertTrue(hit.getCategories().contains(4), hit.toString());
        }
        SearchHit first = result.getHits().get(0);
        assertEquals("km-plan.txt", first.getSource());
        assertTrue(first.getHighlight().contains("<mark>"), first.getHighlight());
        assertTrue(first.getScore() > 0);
        assertTrue(result.getFacets().get("category").get("4") >= 1, result.getFacets().toString());
    }

    @Test
    void documentsAndTaxonomyAreTyped() throws ApiException {
        DocumentViewsDocumentList list = documents.listDocuments(1, 2);
        assertEquals(3L, list.getTotal());
        assertEquals(2, list.getDocuments().size());
        DocumentViewsDocumentList rest = documents.listDocuments(2, 2);
        assertEquals(1, rest.getDocuments().size());
        DocumentViewsDocumentView one = rest.getDocuments().get(0);
        assertEquals(one.getSource(), documents.getDocument(one.getId()).getSource());
        assertTrue(one.getPassages() > 0);

        Taxonomy taxonomy = taxonomyApi.getTaxonomy();
        assertEquals(7, taxonomy.getCategories().size());
        assertEquals(4, taxonomy.getCategories().get(3).getNumber());
        assertTrue(taxonomy.getCategories().get(3).getNameTh().contains("ความรู้"), taxonomy.getCategories().get(3).getNameTh());
    }

    @Test
    void aBadParameterIsTheTypedError() throws JsonProcessingException {
        ApiException e = assertThrows(ApiException.class,
                () -> snippets.searchSnippets("ความรู้", List.of(9), null, null, null, null, null, null, null, null));
        assertEquals(400, e.getCode());
        org.klangru.apiclient.model.ApiError error = typed(e);
        assertEquals("bad_request", error.getError());
        assertEquals("category", error.getParameter());
        assertTrue(error.getMessage().contains("หมวด"), error.getMessage());

        ApiException size = assertThrows(ApiException.class, () -> documents.listDocuments(1, 0));
        assertEquals(400, size.getCode());
        assertEquals("size", typed(size).getParameter());

        ApiException missing = assertThrows(ApiException.class, () -> documents.getDocument("ffffffffffffffff"));
        assertEquals(404, missing.getCode());
        assertEquals("not_found", typed(missing).getError());
    }

    @Test
    void aWriteWithoutTokensIsTheTypedRefusal() throws JsonProcessingException {
        ApiException e = assertThrows(ApiException.class, () -> reindex.startReindex());
        assertEquals(403, e.getCode());
        assertEquals("writing_disabled", typed(e).getError());
    }

    private org.klangru.apiclient.model.ApiError typed(ApiException e) throws JsonProcessingException {
        return client.getObjectMapper().readValue(e.getResponseBody(), org.klangru.apiclient.model.ApiError.class);
    }
}
