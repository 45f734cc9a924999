package org.klangru.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.klangru.index.IndexDocuments;
import org.klangru.index.IndexStore;
import org.klangru.index.PassageIndex;
import org.klangru.index.solr.SolrCloudFixture;
import org.klangru.index.solr.SolrCloudIndex;
import org.klangru.ingest.ExtractionLimits;
import org.klangru.ingest.IngestReport;
import org.klangru.ingest.Ingestor;
import org.klangru.ingest.PassageLabeler;
import org.klangru.ingest.TikaExtractor;
import org.klangru.taxonomy.Taxonomy;
import org.klangru.taxonomy.TaxonomyFingerprint;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The embedded index against a 2-shard collection of a 2-node in-process SolrCloud on the same corpus and machine:
 * indexing time through the real ingest path, then query latency over HTTP at 1 and 8 clients (docs/scaling.md).
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) org.klangru.bench.SolrCloudBench /tmp/slice10</pre>
 */
public final class SolrCloudBench {
    static final int[] CLIENTS = {1, 8};
    static final int QUERIES_PER_CLIENT = 200;

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "/tmp/slice10");
        Path work = Files.createTempDirectory("klangru-solr-bench");
        Taxonomy taxonomy = Taxonomy.loadDefault();
        String fingerprint = TaxonomyFingerprint.of(taxonomy);
        int workers = Runtime.getRuntime().availableProcessors();

        Path embeddedDir = work.resolve("embedded");
        try (IndexStore store = IndexStore.openWritable(embeddedDir, fingerprint, org.klangru.analysis.AnalyzerChoice.KLANGRU)) {
            report("embedded", index(store, corpus, taxonomy, workers));
        }
        latencies("embedded", Map.of("klangru.index.dir", embeddedDir.toString()));

        try (SolrCloudFixture cluster = SolrCloudFixture.start(2)) {
            try (SolrCloudIndex solr = SolrCloudIndex.open(cluster.config("bench", 2, 1), work.resolve("solr-state"),
                    IndexDocuments.buildStamp(org.klangru.analysis.AnalyzerChoice.KLANGRU, fingerprint))) {
                report("solrcloud 2 shards", index(solr, corpus, taxonomy, workers));
            }
            Map<String, String> props = new HashMap<>(cluster.properties("bench", 2, 1));
            props.put("klangru.index.dir", work.resolve("solr-state").toString());
            latencies("solrcloud 2 shards", props);
        }
    }

    private record Run(IngestReport report, double seconds) {}

    private static Run index(PassageIndex index, Path corpus, Taxonomy taxonomy, int workers) throws Exception {
        long t0 = System.nanoTime();
        IngestReport r = new Ingestor(index, new TikaExtractor(ExtractionLimits.DEFAULT), new PassageLabeler(taxonomy),
                workers).ingest(corpus);
        return new Run(r, (System.nanoTime() - t0) / 1e9);
    }

    private static void report(String backend, Run run) throws Exception {
        System.out.printf("%s: indexed %d files in %.1f s (%.0f files/s)%n", backend, run.report().added(),
                run.seconds(), run.report().added() / run.seconds());
    }

    private static void latencies(String backend, Map<String, String> backendProps) throws Exception {
        Map<String, Object> props = new HashMap<>(backendProps);
        props.put("micronaut.server.port", "-1");
        try (ApplicationContext ctx = ApplicationContext.builder().properties(props).banner(false)
                .deduceEnvironment(false).start()) {
            EmbeddedServer server = ctx.getBean(EmbeddedServer.class).start();
            List<String> queries = BenchmarkMain.queries(ctx.getBean(PassageIndex.class), 2000, 42);
            LatencyProbe.run(server.getURI(), queries, 4, 50); // warm up
            for (int clients : CLIENTS) {
                LatencyProbe.Result r = LatencyProbe.run(server.getURI(), queries, clients, QUERIES_PER_CLIENT);
                System.out.printf("%s: %d clients, %d requests, %d errors, median %.1f ms, p99 %.1f ms, %.1f queries/s%n",
                        backend, clients, r.requests(), r.errors(), r.medianMs(), r.p99Ms(), r.perSecond());
            }
        }
    }
}
