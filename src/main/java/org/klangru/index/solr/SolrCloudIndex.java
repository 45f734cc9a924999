package org.klangru.index.solr;

import org.apache.lucene.document.Document;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.ZkClientClusterStateProvider;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.cloud.ZkMaintenanceUtils;
import org.apache.solr.common.cloud.ZkStateReader;
import org.klangru.analysis.AnalyzerChoice;
import org.klangru.analysis.Equivalent;
import org.klangru.index.DocumentRecord;
import org.klangru.index.IndexDocuments;
import org.klangru.index.IndexFields;
import org.klangru.index.PassageIndex;
import org.klangru.index.PassageRecord;
import org.klangru.index.StoredFileState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The SolrCloud backend: Klangru's records in a collection of a SolrCloud cluster, written and read with SolrJ.
 * Solr analyses text with Klangru's own analysis (the plugin jar) and ranks with the queries Klangru builds, so
 * answers match the embedded index. A document's records share the routing prefix {@code documentId!}, so they
 * live on one shard; what a commit records (build stamp, analyzer, corpus) is kept as collection properties.
 */
public final class SolrCloudIndex implements PassageIndex {
    private static final Logger LOG = LoggerFactory.getLogger(SolrCloudIndex.class);
    /** Collection properties are named with this prefix, as Solr asks of custom properties. */
    private static final String PROPERTY = "klangru.";
    /** Records one request writes or reads at most; larger reads are paged. */
    private static final int PAGE = 5_000;
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private final CloudSolrClient client;
    private final String collection;
    private final Path dir;
    private final String stamp;
    private final boolean rebuilt;
    /** This process is the collection's only writer: a count of its writes tells caches when to refresh. */
    private final AtomicLong writes = new AtomicLong();

    private SolrCloudIndex(CloudSolrClient client, String collection, Path dir, String stamp) throws IOException {
        this.client = client;
        this.collection = collection;
        this.dir = dir;
        this.stamp = stamp;
        String stamped = userData().get(IndexFields.COMMIT_BUILD_STAMP);
        this.rebuilt = stamped != null && !stamped.equals(stamp);
        if (rebuilt) {
            LOG.info("Collection {} was built as {}, now {}: rebuilding", collection, stamped, stamp);
            run(() -> client.deleteByQuery(collection, "*:*"));
            run(() -> client.commit(collection));
        }
    }

    /**
     * Connects to the cluster and opens the collection, creating it (with Klangru's configset) when missing.
     *
     * @param dir   local folder for Klangru's own state (collections database, OCR cache)
     * @param stamp what records are made with now; a collection stamped otherwise is emptied
     */
    public static SolrCloudIndex open(SolrCloudConfig config, Path dir, String stamp) throws IOException {
        if (config.getZkHosts().isEmpty()) {
            throw new IllegalArgumentException("klangru.solr.zk-hosts ไม่ได้กำหนด (not set): the SolrCloud backend needs"
                    + " the cluster's ZooKeeper hosts");
        }
        Files.createDirectories(dir);
        CloudSolrClient client = new CloudHttp2SolrClient.Builder(config.getZkHosts(),
                Optional.ofNullable(config.getZkChroot()).filter(s -> !s.isBlank()))
                .withDefaultCollection(config.getCollection())
                .withInternalClientBuilder(new org.apache.solr.client.solrj.impl.Http2SolrClient.Builder()
                        .withIdleTimeout(config.getTimeoutMs(), TimeUnit.MILLISECONDS)
                        .withRequestTimeout(config.getTimeoutMs(), TimeUnit.MILLISECONDS))
                .build();
        try {
            client.connect();
            ensureCollection(client, config);
            return new SolrCloudIndex(client, config.getCollection(), dir, stamp);
        } catch (IOException | RuntimeException e) {
            client.close();
            throw e;
        }
    }

    private static void ensureCollection(CloudSolrClient client, SolrCloudConfig config) throws IOException {
        try {
            if (CollectionAdminRequest.listCollections(client).contains(config.getCollection())) {
                return;
            }
            ZkStateReader zk = ((ZkClientClusterStateProvider) client.getClusterStateProvider()).getZkStateReader();
            Path temp = Files.createTempDirectory("klangru-configset");
            try {
                ZkMaintenanceUtils.uploadToZK(zk.getZkClient(), SolrConfigSet.extractTo(temp),
                        "/configs/" + SolrConfigSet.NAME, ZkMaintenanceUtils.UPLOAD_FILENAME_EXCLUDE_PATTERN);
            } finally {
                org.apache.commons.io.file.PathUtils.deleteDirectory(temp);
            }
            LOG.info("สร้างคอลเลกชัน {} (creating collection, {} shards × {} replicas)", config.getCollection(),
                    config.getShards(), config.getReplicationFactor());
            CollectionAdminRequest.createCollection(config.getCollection(), SolrConfigSet.NAME, config.getShards(),
                    config.getReplicationFactor()).process(client);
            zk.waitForState(config.getCollection(), 60, TimeUnit.SECONDS,
                    (nodes, state) -> state != null && state.getActiveSlices().size() == config.getShards()
                            && state.getSlices().stream().allMatch(s -> s.getReplicas().stream()
                            .allMatch(r -> r.isActive(nodes))));
        } catch (SolrServerException | java.util.concurrent.TimeoutException e) {
            throw new IOException("สร้างคอลเลกชัน " + config.getCollection() + " ไม่สำเร็จ (cannot create the collection): "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while creating " + config.getCollection(), e);
        }
    }

    /** SolrJ, for the search side ({@code search.SolrPassageSearch}). */
    public SolrClient client() {
        return client;
    }

    public String collection() {
        return collection;
    }

    @Override
    public AnalyzerChoice analysis() {
        return AnalyzerChoice.KLANGRU; // the configset's analysis
    }

    @Override
    public Path dir() {
        return dir;
    }

    @Override
    public String location() {
        return "solrcloud:" + collection;
    }

    @Override
    public boolean rebuilt() {
        return rebuilt;
    }

    /**
     * Writes the document's records, then deletes those of its earlier version that the new one no longer has: a
     * search sees the document all the time (old or new records), never a gap.
     */
    @Override
    public void replace(DocumentRecord document, List<PassageRecord> passages) throws IOException {
        write(document.id(), IndexDocuments.records(document, passages, analysis().ngrams(), null));
    }

    @Override
    public void recordFailure(StoredFileState failure) throws IOException {
        write(failure.documentId(), List.of(IndexDocuments.failureToLucene(failure)));
    }

    private void write(String documentId, List<Document> records) throws IOException {
        Set<String> stale = new HashSet<>(idsOf(documentId));
        UpdateRequest add = new UpdateRequest();
        for (Document r : records) {
            SolrInputDocument doc = SolrDocuments.toSolr(r);
            stale.remove(SolrDocuments.id(r));
            add.add(doc);
        }
        run(() -> add.process(client, collection));
        if (!stale.isEmpty()) {
            run(() -> client.deleteById(collection, new ArrayList<>(stale)));
        }
        writes.incrementAndGet();
    }

    /** The ids of a document's records now (all on its shard, found through its routing prefix). */
    private List<String> idsOf(String documentId) throws IOException {
        SolrQuery q = new SolrQuery("{!term f=" + IndexFields.DOC_ID + "}" + documentId);
        q.setFields("id");
        q.setRows(Integer.MAX_VALUE / 2);
        q.set("_route_", documentId + "!");
        List<String> ids = new ArrayList<>();
        for (SolrDocument d : query(q).getResults()) {
            ids.add((String) d.getFirstValue("id"));
        }
        return ids;
    }

    @Override
    public void delete(String documentId) throws IOException {
        List<String> ids = idsOf(documentId);
        if (!ids.isEmpty()) {
            run(() -> client.deleteById(collection, ids));
        }
        writes.incrementAndGet();
    }

    @Override
    public void commit(Map<String, String> extraUserData) throws IOException {
        Map<String, String> data = new HashMap<>(extraUserData);
        data.put(IndexFields.COMMIT_BUILD_STAMP, stamp);
        data.put(IndexFields.COMMIT_ANALYZER, analysis().name());
        run(() -> client.commit(collection, true, true));
        for (Map.Entry<String, String> e : data.entrySet()) {
            run(() -> CollectionAdminRequest.setCollectionProperty(collection, PROPERTY + e.getKey(), e.getValue())
                    .process(client));
        }
        writes.incrementAndGet();
    }

    /** Solr merges segments itself; Klangru leaves the cluster's merge policy alone. */
    @Override
    public void mergeForSearch() {
    }

    @Override
    public void refresh() throws IOException {
        run(() -> client.commit(collection, true, true, true)); // a soft commit: visible, not yet durable
    }

    /** The configset's autoSoftCommit already makes writes visible within a second. */
    @Override
    public void refreshEvery(Duration interval) {
    }

    @Override
    public Map<String, String> userData() {
        ZkStateReader zk = ((ZkClientClusterStateProvider) client.getClusterStateProvider()).getZkStateReader();
        Map<String, String> data = new HashMap<>();
        zk.getCollectionProperties(collection).forEach((k, v) -> {
            if (k.startsWith(PROPERTY)) {
                data.put(k.substring(PROPERTY.length()), v);
            }
        });
        return data;
    }

    @Override
    public long version() {
        return writes.get();
    }

    @Override
    public List<Scored> top(Query query, int n, Sort order) throws IOException {
        List<Scored> out = new ArrayList<>();
        SolrQuery q = encoded(query);
        q.setFields("*", "score");
        q.set("sort", sortOf(order));
        // deep reads (every document record) go page by page, in the requested order
        for (int start = 0; out.size() < n; start += PAGE) {
            q.setStart(start);
            q.setRows(Math.min(PAGE, n - out.size()));
            QueryResponse r = query(q);
            for (SolrDocument d : r.getResults()) {
                Object score = d.getFirstValue("score");
                out.add(new Scored(SolrDocuments.fromSolr(d), score == null ? 0 : ((Number) score).floatValue()));
            }
            if (r.getResults().size() < PAGE || start + PAGE >= r.getResults().getNumFound()) {
                break;
            }
        }
        return out;
    }

    @Override
    public long count(Query query) throws IOException {
        SolrQuery q = encoded(query);
        q.setRows(0);
        return query(q).getResults().getNumFound();
    }

    /** Live records holding each term, counted over every shard in one request (one query facet per term). */
    @Override
    public Map<String, Long> docFreqs(String field, Collection<String> terms) throws IOException {
        if (terms.isEmpty()) {
            return Map.of();
        }
        List<String> list = List.copyOf(terms);
        Map<String, Object> facets = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            facets.put("t" + i, Map.of("type", "query", "q", "{!term f=" + field + " v=$t" + i + "}"));
        }
        SolrQuery q = new SolrQuery("*:*");
        q.setRows(0);
        for (int i = 0; i < list.size(); i++) {
            q.set("t" + i, list.get(i));
        }
        q.set("json.facet", JSON.writeValueAsString(facets));
        var response = query(q).getJsonFacetingResponse();
        Map<String, Long> df = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            var facet = response == null ? null : response.getQueryFacet("t" + i);
            if (facet != null && facet.getCount() > 0) {
                df.put(list.get(i), facet.getCount());
            }
        }
        return df;
    }

    /**
     * The equivalents the documents define, with how many live documents define each (what
     * {@link org.klangru.index.LearnedEquivalents} reads from an embedded index), counted over every shard.
     */
    public Map<Equivalent, Integer> learnedEquivalents() throws IOException {
        SolrQuery q = encoded(PassageIndex.kind(IndexFields.KIND_DOCUMENT));
        q.setRows(0);
        q.set("json.facet", "{eq:{type:terms,field:" + IndexFields.EQUIVALENT + ",limit:-1,mincount:1}}");
        Map<Equivalent, Integer> counts = new HashMap<>();
        var facets = query(q).getJsonFacetingResponse();
        var buckets = facets == null ? null : facets.getBucketBasedFacets("eq");
        if (buckets != null) {
            buckets.getBuckets().forEach(b -> counts.merge(Equivalent.parse(String.valueOf(b.getVal())),
                    (int) b.getCount(), Integer::sum));
        }
        return counts;
    }

    /** The Solr field a Lucene sort field of the embedded index stands for. */
    private static String sortField(String luceneField) {
        return switch (luceneField) {
            case IndexFields.DATE -> SolrFields.DATE_DAY;
            case IndexFields.BEST_PRACTICE -> SolrFields.BEST_PRACTICE_SORT;
            default -> luceneField;
        };
    }

    /** A Lucene query as Klangru built it, run as is by the plugin's {@code klangru_query} parser. */
    private static SolrQuery encoded(Query query) {
        SolrQuery q = new SolrQuery("{!" + QueryParams.ENCODED_PARSER + " v=$" + QueryParams.ENCODED + "}");
        q.set(QueryParams.ENCODED, QueryCodec.encode(query));
        return q;
    }

    /** Solr's sort for a Lucene sort over Klangru's sortable fields; by score when null. */
    static String sortOf(Sort order) {
        if (order == null) {
            return "score desc,id asc";
        }
        List<String> parts = new ArrayList<>();
        for (SortField f : order.getSort()) {
            String field = f.getType() == SortField.Type.SCORE ? "score" : sortField(f.getField());
            // Lucene's score sort is best first unless reversed; a field sort is ascending unless reversed
            boolean descending = f.getType() == SortField.Type.SCORE ? !f.getReverse() : f.getReverse();
            parts.add(field + (descending ? " desc" : " asc"));
        }
        parts.add("id asc");
        return String.join(",", parts);
    }

    /** Runs a query on the collection (sent as a POST: encoded queries can be long). */
    public QueryResponse query(SolrQuery q) throws IOException {
        try {
            return client.query(collection, q, org.apache.solr.client.solrj.SolrRequest.METHOD.POST);
        } catch (SolrServerException | SolrException e) {
            throw unavailable(e);
        }
    }

    /**
     * What the cluster could not do, as the I/O failure the API answers with 503: SolrJ reports an unreachable cluster
     * as a checked exception, a failing node as an unchecked one.
     */
    private static IOException unavailable(Exception e) {
        return new IOException("SolrCloud ตอบไม่ได้ในขณะนี้ (the cluster cannot answer now): " + e.getMessage(), e);
    }

    @FunctionalInterface
    private interface SolrCall {
        Object call() throws IOException, SolrServerException;
    }

    private static void run(SolrCall call) throws IOException {
        try {
            call.call();
        } catch (SolrServerException | SolrException e) {
            throw unavailable(e);
        }
    }

    @Override
    public void close() throws IOException {
        client.close();
    }

}
