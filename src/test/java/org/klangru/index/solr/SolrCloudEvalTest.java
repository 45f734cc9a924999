package org.klangru.index.solr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.klangru.TestCorpora;
import org.klangru.TestHttp;
import org.klangru.ingest.IngestReport;
import org.klangru.ingest.Ingestor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dev evaluation on both backends: the seeds go through the real ingest path into the embedded index and into a
 * 2-shard collection of a real 2-node SolrCloud, each behind its own HTTP server; the shared evaluation script scores
 * each through the HTTP API. Both figures go to {@code target/solrcloud-eval.json}; they must agree within 0.01.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SolrCloudEvalTest {
    private static final Path SEEDS = Path.of("..", "shared", "corpus", "seeds");
    private static final Path EVAL = Path.of("..", "shared", "eval");
    private static final List<String> COMPARED = List.of("ndcg@10", "recall@10", "category_f1");
    private static final double TOLERANCE = 0.01;

    private SolrCloudFixture cluster;
    private final Map<String, ApplicationContext> servers = new HashMap<>();

    @BeforeAll
    void start() throws Exception {
        assertTrue(Files.isDirectory(SEEDS), "the shared seed corpus belongs beside the project: " + SEEDS.toAbsolutePath());
        cluster = SolrCloudFixture.start(2);
        Map<String, String> solr = new HashMap<>(cluster.properties("eval", 2, 1));
        servers.put("embedded", serve(Map.of()));
        servers.put("solrcloud", serve(solr));
    }

    private ApplicationContext serve(Map<String, String> backend) throws IOException {
        Path work = TestCorpora.tempDir("klangru-eval");
        Map<String, Object> props = new HashMap<>(backend);
        props.put("klangru.index.dir", work.resolve("index").toString());
        props.put("klangru.ingest.corpus", SEEDS.toString());
        props.put("micronaut.server.port", "-1");
        ApplicationContext ctx = ApplicationContext.builder().properties(props).start();
        IngestReport report = ctx.getBean(Ingestor.class).ingest(SEEDS);
        assertTrue(report.failures().isEmpty(), report.summary());
        ctx.getBean(EmbeddedServer.class).start();
        return ctx;
    }

    @AfterAll
    void stop() throws Exception {
        try {
            servers.values().forEach(ApplicationContext::close);
        } finally {
            if (cluster != null) {
                cluster.close();
            }
        }
    }

    @Test
    void theDevEvaluationAgreesOnBothBackends() throws Exception {
        ObjectNode figures = new ObjectMapper().createObjectNode();
        for (String backend : List.of("embedded", "solrcloud")) {
            figures.set(backend, evaluate(servers.get(backend).getBean(EmbeddedServer.class).getURI().toString()));
        }
        Path out = Path.of("target", "solrcloud-eval.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, figures.toPrettyString(), StandardCharsets.UTF_8);
        for (String figure : COMPARED) {
            double embedded = figures.get("embedded").get(figure).asDouble();
            double solr = figures.get("solrcloud").get(figure).asDouble();
            assertTrue(embedded > 0.5, figure + " on the embedded index: " + figures);
            assertTrue(Math.abs(embedded - solr) <= TOLERANCE, figure + ": " + figures);
        }
    }

    /** {@code ./klangru search} with the SolrCloud settings asks the cluster, and finds what the server finds first. */
    @Test
    void theSearchCommandAsksTheCluster() throws Exception {
        TestHttp embedded = new TestHttp(servers.get("embedded").getBean(EmbeddedServer.class).getURI());
        TestHttp.Response answer = embedded.get("/api/snippets", Map.of("q", "ระบบจัดการข้อร้องเรียน"));
        assertEquals(200, answer.status(), answer.body());
        assertTrue(answer.json().has("hits"), answer.body());
        String first = answer.json().get("hits").get(0).get("source").asText();
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path")));
        cluster.properties("eval", 2, 1).forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.addAll(List.of(org.klangru.cli.KlangruMain.class.getName(), "search", "ระบบจัดการข้อร้องเรียน", "--size", "3",
                "--index", TestCorpora.tempDir("klangru-cli-state").toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), "klangru search did not finish");
        assertEquals(0, p.exitValue(), output);
        String firstHit = output.lines().filter(l -> l.startsWith("1. ")).findFirst().orElse("");
        assertTrue(firstHit.contains(first), "first hit " + first + " expected in: " + output);
    }

    /** Change detection on the cluster: the seeds ingested again are all unchanged, and the counts stay. */
    @Test
    void aSecondIngestFindsEveryFileUnchanged() throws IOException {
        ApplicationContext solr = servers.get("solrcloud");
        IngestReport again = solr.getBean(Ingestor.class).ingest(SEEDS);
        assertEquals(0, again.added() + again.updated() + again.removed(), again.summary());
        assertTrue(again.unchanged() > 0, again.summary());
        IngestReport embedded = servers.get("embedded").getBean(Ingestor.class).ingest(SEEDS);
        assertEquals(embedded.documents(), again.documents());
        assertEquals(embedded.passages(), again.passages());
    }

    /**
     * Every read of the HTTP API answers alike on both backends: ranked hits with their snippets and reasons, facets,
     * browse, date order, filters, suggestions, documents and their passages, similar passages, equivalents and the
     * evidence pack. Only timings (and the pack's generation time) may differ.
     */
    @Test
    void everyReadAnswersAlikeOnBothBackends() {
        java.net.URI embeddedBase = servers.get("embedded").getBean(EmbeddedServer.class).getURI();
        java.net.URI solrBase = servers.get("solrcloud").getBean(EmbeddedServer.class).getURI();
        TestHttp embedded = new TestHttp(embeddedBase);
        TestHttp solr = new TestHttp(solrBase);
        JsonNode first = embedded.get("/api/snippets", Map.of("q", "การจัดการความรู้")).json().get("hits").get(0);
        String documentId = first.get("documentId").asText();
        List<String> paths = List.of(
                "/api/snippets?q=" + encode("การจัดการความรู้"),
                "/api/snippets?q=" + encode("ระบบจัดการข้อร้องเรียน") + "&size=20",
                "/api/snippets?q=" + encode("การจัดการความรู้") + "&category=4&page=2",
                "/api/snippets?q=" + encode("แผนยุทธศาสตร์") + "&order=date",
                "/api/snippets?q=" + encode("\"ระบบจัดการข้อร้องเรียน\" -ศูนย์"),
                // more words than a search takes: both search the first ones and say which (searchedWords)
                "/api/snippets?q=" + encode(String.join(" ", java.util.Collections.nCopies(20, "การจัดการความรู้ ระบบจัดการข้อร้องเรียน"))),
                "/api/snippets?category=4",
                "/api/snippets?code=CS1",
                "/api/suggest?prefix=" + encode("การจัด"),
                "/api/documents",
                "/api/documents/" + documentId,
                "/api/documents/" + documentId + "/passages",
                "/api/passages/" + first.get("passageId").asText() + "/similar",
                "/api/equivalents?q=" + encode("PMQA"),
                "/api/evidence?category=4");
        // bad or empty input: the same clear answer from both, a 400 or 404 naming what is wrong
        Map<String, Integer> refused = Map.of(
                "/api/snippets?q=" + encode("!!! ..."), 200, // nothing to look for: no hits, no error
                "/api/snippets?q=" + encode("ตัวชี้วัด") + "&category=9", 400,
                "/api/snippets?q=" + encode("ตัวชี้วัด") + "&size=100000", 400,
                "/api/suggest?prefix=", 400,
                "/api/documents/0000000000000000", 404,
                "/api/passages/0000000000000000-0001/similar", 404,
                "/api/evidence?category=0", 400);
        refused.forEach((path, status) -> {
            TestHttp.Response a = embedded.get(path);
            TestHttp.Response b = solr.get(path);
            assertEquals(status, a.status(), path + ": " + a.body());
            assertEquals(status, b.status(), path + ": " + b.body());
            assertEquals(comparable(a.json(), embeddedBase), comparable(b.json(), solrBase), path);
        });
        for (String path : paths) {
            TestHttp.Response a = embedded.get(path);
            TestHttp.Response b = solr.get(path);
            assertEquals(200, a.status(), path + ": " + a.body());
            assertEquals(a.status(), b.status(), path + ": " + b.body());
            JsonNode x = comparable(a.json(), embeddedBase);
            JsonNode y = comparable(b.json(), solrBase);
            assertEquals(x, y, () -> path + " differs at " + difference(x, y, "") + "\n" + ranks(x) + "\n" + ranks(y));
        }
    }

    /** Where two answers first differ: a JSON pointer with both values. */
    private static String difference(JsonNode a, JsonNode b, String at) {
        if (a == null || b == null || a.getNodeType() != b.getNodeType() || a.isValueNode()) {
            return at + ": " + a + " ≠ " + b;
        }
        if (a.isArray() && a.size() != b.size()) {
            return at + ": " + a.size() + " items ≠ " + b.size();
        }
        java.util.Iterator<String> names = a.isObject() ? a.fieldNames() : null;
        for (int i = 0; a.isArray() ? i < a.size() : names.hasNext(); i++) {
            String key = a.isArray() ? String.valueOf(i) : names.next();
            JsonNode x = a.isArray() ? a.get(i) : a.get(key);
            JsonNode y = a.isArray() ? b.get(i) : b.get(key);
            if (!x.equals(y)) {
                return difference(x, y, at + "/" + key);
            }
        }
        return at + ": keys " + a.size() + " ≠ " + b.size();
    }

    private static String ranks(JsonNode answer) {
        StringBuilder out = new StringBuilder();
        answer.path("hits").forEach(h -> out.append(h.path("passageId").asText()).append('=').append(h.path("score"))
                .append(' '));
        return out.toString();
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The answer without what is measured or stamped at answer time, and with the server's address as BASE. */
    private static JsonNode comparable(JsonNode answer, java.net.URI base) {
        JsonNode copy;
        try {
            String own = base.toString().replaceAll("/$", "");
            copy = new ObjectMapper().readTree(answer.toString().replace(own, "BASE")
                    .replace(own.replace("127.0.0.1", "localhost"), "BASE"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        copy.findParents("tookMs").forEach(n -> ((ObjectNode) n).remove("tookMs"));
        copy.findParents("generatedAt").forEach(n -> ((ObjectNode) n).remove("generatedAt"));
        copy.findParents("indexedAt").forEach(n -> ((ObjectNode) n).remove("indexedAt"));
        return copy;
    }

    /** The shared evaluation script's figures (its last line) for the server at {@code base}. */
    private static ObjectNode evaluate(String base) throws Exception {
        Process p = new ProcessBuilder("python3", EVAL.resolve("evaluate.py").toString(), "--base", base,
                "--queries", EVAL.resolve("dev-queries.tsv").toString(),
                "--passages", EVAL.resolve("dev-passages.tsv").toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "evaluate.py did not finish");
        assertEquals(0, p.exitValue(), output);
        String[] lines = output.strip().split("\n");
        JsonNode result = new ObjectMapper().readTree(lines[lines.length - 1]);
        ObjectNode figures = new ObjectMapper().createObjectNode();
        result.fields().forEachRemaining(e -> figures.set(e.getKey(), e.getValue()));
        return figures;
    }
}
