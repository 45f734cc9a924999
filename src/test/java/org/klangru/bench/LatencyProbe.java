package org.klangru.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;

/** Sends /api/snippets requests from N concurrent clients over loopback and reports latency percentiles. */
final class LatencyProbe {
    record Result(int clients, int requests, int errors, double medianMs, double p99Ms, double maxMs, double perSecond,
                  double seconds) {}

    private LatencyProbe() {}

    /**
     * Each client sends {@code perClient} queries, one after another; bounded in count, so it stops by itself. Client
     * {@code c} starts at query {@code c · perClient}: with {@code clients · perClient} distinct queries, no query is
     * asked twice.
     */
    static Result run(URI base, List<String> queries, int clients, int perClient) throws Exception {
        return probe(base, queries, clients, perClient, i -> i < perClient);
    }

    /** Each client sends queries one after another until {@code window} has passed. */
    static Result runFor(URI base, List<String> queries, int clients, Duration window) throws Exception {
        long end = System.nanoTime() + window.toNanos();
        return probe(base, queries, clients, 7919, i -> System.nanoTime() < end);
    }

    /** Client {@code c} sends query {@code c · offset + i} while {@code more} says so for its {@code i}-th. */
    private static Result probe(URI base, List<String> queries, int clients, int offset, IntPredicate more)
            throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int first = c * offset;
                done.add(pool.submit(() -> {
                    for (int i = 0; more.test(i); i++) {
                        String q = queries.get(Math.floorMod(first + i, queries.size()));
                        URI uri = base.resolve("/api/snippets?size=10&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
                                    HttpResponse.BodyHandlers.ofString());
                            if (r.statusCode() != 200) {
                                errors.incrementAndGet();
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                        latencies.add((System.nanoTime() - t0) / 1e6);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        List<Double> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Result(clients, sorted.size(), errors.get(), percentile(sorted, 0.5), percentile(sorted, 0.99),
                percentile(sorted, 1.0), sorted.size() / seconds, seconds);
    }

    static double percentile(List<Double> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }
}
