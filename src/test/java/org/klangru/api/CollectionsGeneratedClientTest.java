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
import org.klangru.apiclient.api.CollectionsApi;
import org.klangru.apiclient.api.DocumentsApi;
import org.klangru.apiclient.model.CollectionViewsCollectionView;
import org.klangru.apiclient.model.CollectionViewsItemInput;
import org.klangru.apiclient.model.CollectionViewsItemView;
import org.klangru.apiclient.model.CollectionViewsNewCollectionInput;
import org.klangru.apiclient.model.CollectionViewsNoteInput;
import org.klangru.apiclient.model.CollectionViewsOrderInput;
import org.klangru.apiclient.model.DocumentViewsDocumentView;
import org.klangru.ingest.Ingestor;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The collections part of the API description is usable by a generated client (target/generated-test-sources): an
 * integrator creates a collection, pins passages, annotates, reorders, exports a DOCX and reads typed refusals, all
 * through the Java client openapi-generator made from /openapi.yml, against the embedded server and its database.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CollectionsGeneratedClientTest implements TestPropertyProvider {
    private static final String TOKEN = "client-token-0123456789abcdef";
    private static final Path WORK = TestCorpora.tempDir("klangru-collections-client");
    private static final Path CORPUS = TestCorpora.copy("corpus-e2e", WORK.resolve("corpus"));

    @Inject
    EmbeddedServer server;
    @Inject
    Ingestor ingestor;

    ApiClient client;
    CollectionsApi collections;
    CollectionsApi anonymous;
    List<String> passages = new ArrayList<>();

    @Override
    public Map<String, String> getProperties() {
        return Map.of("klangru.index.dir", WORK.resolve("index").toString(),
                "klangru.ingest.corpus", CORPUS.toString(),
                "klangru.security.tokens", "somchai:" + TOKEN,
                "micronaut.server.port", "-1");
    }

    @BeforeAll
    void ingest() throws IOException, ApiException {
        ingestor.ingest(CORPUS);
        client = new ApiClient();
        client.updateBaseUri(server.getURI().toString());
        client.setRequestInterceptor(b -> b.header("Authorization", "Bearer " + TOKEN));
        collections = new CollectionsApi(client);
        ApiClient noToken = new ApiClient();
        noToken.updateBaseUri(server.getURI().toString());
        anonymous = new CollectionsApi(noToken);
        DocumentsApi documents = new DocumentsApi(noToken);
        for (DocumentViewsDocumentView d : documents.listDocuments(1, 10).getDocuments()) {
            documents.listDocumentPassages(d.getId()).getPassages().forEach(p -> passages.add(p.getPassageId()));
        }
        assertTrue(passages.size() >= 2, passages.toString());
    }

    @Test
    void createPinAnnotateReorderExport() throws ApiException, IOException {
        CollectionViewsCollectionView created = collections.createCollection(new CollectionViewsNewCollectionInput()
                .title("ตัวอย่างการจัดการความรู้").visibility(CollectionViewsNewCollectionInput.VisibilityEnum.PRIVATE));
        assertEquals("somchai", created.getOwner());
        assertTrue(created.getMine());
        long id = created.getId();

        CollectionViewsItemView first = collections.addCollectionItem(id, new CollectionViewsItemInput().passageId(passages.get(0)).note("เปิดการอภิปราย"));
        CollectionViewsItemView second = collections.addCollectionItem(id, new CollectionViewsItemInput().passageId(passages.get(1)));
        assertEquals(passages.get(0), first.getSnapshot().getPassageId());
        assertEquals("current", first.getStatus());

        assertEquals("ใช้ปิดท้าย", collections.updateCollectionItem(id, second.getId(), new CollectionViewsNoteInput().note("ใช้ปิดท้าย")).getNote());
        CollectionViewsCollectionView reordered = collections.reorderCollection(id, new CollectionViewsOrderInput()
                .itemIds(List.of(second.getId(), first.getId())));
        assertEquals(List.of(second.getId(), first.getId()), reordered.getItems().stream().map(CollectionViewsItemView::getId).toList());
        assertEquals(List.of(second.getId(), first.getId()),
                collections.getCollection(id).getItems().stream().map(CollectionViewsItemView::getId).toList());

        File docx = collections.exportCollection("docx", id);
        byte[] bytes = Files.readAllBytes(docx.toPath());
        assertEquals('P', bytes[0]); // a DOCX is a zip
        assertEquals('K', bytes[1]);

        collections.removeCollectionItem(id, first.getId());
        assertEquals(1, collections.getCollection(id).getItemCount());
        collections.deleteCollection(id);
        assertEquals(404, assertThrows(ApiException.class, () -> collections.getCollection(id)).getCode());
    }

    @Test
    void refusalsAreTypedErrors() throws ApiException, JsonProcessingException {
        ApiException noToken = assertThrows(ApiException.class, () -> anonymous.createCollection(
                new CollectionViewsNewCollectionInput().title("ไม่มีรหัส")));
        assertEquals(401, noToken.getCode());

        ApiException noTitle = assertThrows(ApiException.class, () -> collections.createCollection(new CollectionViewsNewCollectionInput()));
        assertEquals(400, noTitle.getCode());
        assertEquals("title", typed(noTitle).getParameter());

        long id = collections.createCollection(new CollectionViewsNewCollectionInput().title("ส่วนตัว")).getId();
        ApiException privateOne = assertThrows(ApiException.class, () -> anonymous.getCollection(id));
        assertEquals(404, privateOne.getCode(), "a private collection is not shown to others");

        ApiException badId = assertThrows(ApiException.class, () -> collections.getCollection(0L));
        assertEquals(400, badId.getCode());
        assertEquals("id", typed(badId).getParameter());

        ApiException badFormat = assertThrows(ApiException.class, () -> collections.exportCollection("pdf", id));
        assertEquals(400, badFormat.getCode());
        assertEquals("format", typed(badFormat).getParameter());

        ApiException badCategory = assertThrows(ApiException.class, () -> collections.getCollectionEvidencePack(8, id, null, null));
        assertEquals(400, badCategory.getCode());
        assertEquals("category", typed(badCategory).getParameter());
    }

    private org.klangru.apiclient.model.ApiError typed(ApiException e) throws JsonProcessingException {
        return client.getObjectMapper().readValue(e.getResponseBody(), org.klangru.apiclient.model.ApiError.class);
    }
}
