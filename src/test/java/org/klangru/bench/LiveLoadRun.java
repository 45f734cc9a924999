package org.klangru.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.klangru.index.IndexStore;
import org.klangru.index.PassageIndex;
import org.klangru.ingest.IngestProgress;
import org.klangru.ingest.IngestRunner;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Searching during a bulk upload: a server on a slice of the news corpus; first a baseline of searches alone, then,
 * for the measured window, 8 clients search (1–3-word Thai queries, highlighted snippets) while an uploader sends
 * thousands of news files through {@code POST /api/documents} (20 files a request, with a configured token).
 * Reports requests, errors, p50/p99 latency and how many files became searchable within the window.
 *
 * <pre>mvn -B -Pbench-live verify -Dbench.news=/data/sub10
 * mvn -B -Pbench-live test-compile exec:exec@bench-live     (the same without building the jar)</pre>
 */
public final class LiveLoadRun {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Window(String name, int requests, int errors, double p50, double p99, double max, double seconds) {}

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = BenchmarkMain.options(args);
        Path news = Path.of(opts.getOrDefault("news", "/data/sub10"));
        Path out = Path.of(opts.getOrDefault("out", "target/bench"));
        int initial = Integer.parseInt(opts.getOrDefault("initial", "300"));
        int bulk = Integer.parseInt(opts.getOrDefault("bulk", "3000"));
        int clients = Integer.parseInt(opts.getOrDefault("clients", "8"));
        int seconds = Integer.parseInt(opts.getOrDefault("seconds", "60"));
        int baselineSeconds = Integer.parseInt(opts.getOrDefault("baseline-seconds", "20"));

        List<Path> files = BenchmarkMain.listFiles(news);
        if (files.size() < initial + bulk) {
            throw new IllegalArgumentException(news + " has " + files.size() + " files; need " + (initial + bulk));
        }
        Path work = out.resolve("live");
        BenchmarkMain.deleteTree(work);
        Path corpus = Files.createDirectories(work.resolve("corpus"));
        link(files.subList(0, initial), corpus.resolve("before"));

        StringBuilder md = new StringBuilder();
        String load = Files.readString(Path.of("/proc/loadavg")).trim();
        line(md, "machine: " + Runtime.getRuntime().availableProcessors() + " cores, load average at start " + load);
        try (ApplicationContext ctx = ApplicationContext.builder()
                .properties(Map.of("klangru.index.dir", work.resolve("index").toString(),
                        "klangru.ingest.corpus", corpus.toString(),
                        "klangru.security.tokens", "bench:" + TOKEN,
                        "micronaut.server.port", "-1"))
                .banner(false).deduceEnvironment(false).start()) {
            long t0 = System.nanoTime();
            ctx.getBean(IngestRunner.class).runNow(IngestProgress.NONE); // as serve does before it listens
            line(md, String.format(Locale.ROOT, "first sync: %d files in %.1f s", initial, (System.nanoTime() - t0) / 1e9));
            EmbeddedServer server = ctx.getBean(EmbeddedServer.class).start();
            URI base = server.getURI();
            List<String> queries = BenchmarkMain.queries(ctx.getBean(PassageIndex.class), 2000, 42);
            LatencyProbe.run(base, queries, 4, 50); // warm up

            Window idle = search(base, queries, clients, baselineSeconds, "searches only");
            int documentsBefore = health(base).get("documents").asInt();
            AtomicInteger uploaded = new AtomicInteger();
            AtomicInteger uploadErrors = new AtomicInteger();
            long windowEnd = System.nanoTime() + seconds * 1_000_000_000L;
            Thread uploader = new Thread(() -> upload(base, files.subList(initial, initial + bulk), windowEnd, uploaded,
                    uploadErrors), "bulk-upload");
            uploader.start();
            Window during = search(base, queries, clients, seconds, "searches during bulk upload");
            JsonNode after = health(base);
            uploader.join();
            int ingested = after.get("documents").asInt() - documentsBefore;

            md.append("\n| window | clients | seconds | requests | errors | p50 ms | p99 ms | max ms |\n|---|---|---|---|---|---|---|---|\n");
            for (Window w : List.of(idle, during)) {
                md.append(String.format(Locale.ROOT, "| %s | %d | %.0f | %d | %d | %.1f | %.1f | %.1f |%n",
                        w.name(), clients, w.seconds(), w.requests(), w.errors(), w.p50(), w.p99(), w.max()));
            }
            md.append('\n');
            line(md, String.format(Locale.ROOT, "bulk: news files uploaded 20 to a request during the window: %d answered "
                            + "(indexed, duplicate or refused), %d upload requests failed; %d documents became searchable "
                            + "within the %d s window (index: %d documents at its end)", uploaded.get(), uploadErrors.get(),
                    ingested, seconds, after.get("documents").asInt()));
            line(md, "load average at end " + Files.readString(Path.of("/proc/loadavg")).trim());
        }
        Files.createDirectories(out);
        Files.writeString(out.resolve("live.md"), md.toString());
        System.out.println(md);
    }

    private static final String TOKEN = "bench-upload-token-" + Long.toHexString(new java.security.SecureRandom().nextLong());

    /** Sends the files 20 to a request until they are all sent or the window closes. */
    static void upload(URI base, List<Path> files, long until, AtomicInteger answered, AtomicInteger errors) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (int from = 0; from < files.size() && System.nanoTime() < until; from += 20) {
            org.klangru.Multipart form = new org.klangru.Multipart();
            List<Path> batch = files.subList(from, Math.min(files.size(), from + 20));
            try {
                for (Path f : batch) {
                    form.file("files", f.getParent().getFileName() + "-" + f.getFileName(), "text/plain", Files.readAllBytes(f));
                }
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/api/documents"))
                        .timeout(Duration.ofMinutes(5)).header("Authorization", "Bearer " + TOKEN)
                        .header("Content-Type", form.contentType()).POST(form.publisher()).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() >= 500 || r.statusCode() == 401) {
                    errors.incrementAndGet();
                } else {
                    answered.addAndGet(batch.size());
                }
            } catch (Exception e) {
                errors.incrementAndGet();
            }
        }
    }

    /** Clients send queries one after another until the window closes. */
    static Window search(URI base, List<String> queries, int clients, int seconds, String name) throws Exception {
        LatencyProbe.Result r = LatencyProbe.runFor(base, queries, clients, Duration.ofSeconds(seconds));
        Window w = new Window(name, r.requests(), r.errors(), r.medianMs(), r.p99Ms(), r.maxMs(), r.seconds());
        System.out.printf(Locale.ROOT, "%s: %d requests, %d errors, p50 %.1f ms, p99 %.1f ms%n", name, w.requests(), w.errors(), w.p50(), w.p99());
        return w;
    }

    private static JsonNode health(URI base) throws IOException, InterruptedException {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve("/api/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(r.body());
    }

    /** Hard links where the filesystem allows (a copy otherwise); numbered, as names repeat across days. */
    private static void link(List<Path> files, Path dir) {
        try {
            Files.createDirectories(dir);
            for (int i = 0; i < files.size(); i++) {
                Path f = files.get(i);
                Path target = dir.resolve(String.format(Locale.ROOT, "%05d-%s", i, f.getFileName()));
                try {
                    Files.createLink(target, f);
                } catch (IOException | UnsupportedOperationException e) {
                    Files.copy(f, target);
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void line(StringBuilder md, String s) {
        md.append("- ").append(s).append('\n');
        System.out.println(s);
    }
}
