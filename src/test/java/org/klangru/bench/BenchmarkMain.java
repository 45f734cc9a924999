package org.klangru.bench;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.klangru.analysis.KlangruAnalysis;
import org.klangru.index.DocumentRecord;
import org.klangru.index.IndexStore;
import org.klangru.index.PassageIndex;
import org.klangru.ingest.ExtractionLimits;
import org.klangru.ingest.IngestReport;
import org.klangru.ingest.Ingestor;
import org.klangru.ingest.PassageLabeler;
import org.klangru.ingest.TikaExtractor;
import org.klangru.search.DocumentBrowser;
import org.klangru.taxonomy.Taxonomy;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * One run that measures what docs/benchmarks.md reports: analyzer throughput against raw ICU4J, indexing of
 * growing slices of a corpus (time, MB/s, documents/s, index size, peak heap), query latency over HTTP at 1, 8
 * and 32 clients on each slice, and start-up time and memory of a server on the largest index.
 *
 * <pre>mvn -B -Pbench verify -Dbench.corpus=/path/to/thaigov/data -Dbench.out=target/bench</pre>
 */
public final class BenchmarkMain {
    static final int[] CLIENTS = {1, 8, 32};
    static final int QUERIES_PER_CLIENT = 200;
    static final int WARM_UP_QUERIES = 2000;

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = options(args);
        Path corpus = Path.of(opts.getOrDefault("corpus", "../shared/corpus/thaigov/data"));
        Path out = Path.of(opts.getOrDefault("out", "target/bench"));
        double[] fractions = Stream.of(opts.getOrDefault("fractions", "0.1,0.3,1.0").split(","))
                .mapToDouble(Double::parseDouble).toArray();
        Files.createDirectories(out);
        Report report = new Report(out);

        if (!opts.getOrDefault("index", "").isBlank()) { // latency only, on an index an earlier run left (after a search change)
            report.line("latency on the existing index " + opts.get("index"));
            latencies(Path.of(opts.get("index")), 1.0, report);
            report.write();
            return;
        }
        List<Path> files = listFiles(corpus);
        report.line("corpus: " + corpus + " (" + files.size() + " files)");
        report.analyzerThroughput(analyzerThroughput(files));

        for (double fraction : fractions) {
            Path slice = slice(files, fraction, out.resolve("slice-" + fraction));
            Path index = out.resolve("index-" + fraction);
            deleteTree(index);
            IndexRun run = index(slice, index, org.klangru.analysis.AnalyzerChoice.KLANGRU);
            report.indexRun(fraction, run);
            latencies(index, fraction, report);
            report.write(); // after each slice, so that a run stopped early keeps what it measured
        }
        // the price of the project's analysis: the largest slice again with Lucene's stock ICU analysis
        double largest = fractions[fractions.length - 1];
        Path icuIndex = out.resolve("index-icu-" + largest);
        deleteTree(icuIndex);
        report.icuRun(largest, index(out.resolve("slice-" + largest), icuIndex, org.klangru.analysis.AnalyzerChoice.ICU));
        deleteTree(icuIndex);
        report.serveStartup(ServeStartup.measure(Path.of(opts.getOrDefault("jar", "target/klangru.jar")),
                out.resolve("index-" + largest)));
        report.write();
    }

    /** /api/snippets over HTTP at 1, 8 and 32 clients, on an embedded server over the index. */
    static void latencies(Path index, double fraction, Report report) throws Exception {
        try (ApplicationContext ctx = ApplicationContext.builder()
                .properties(Map.of("klangru.index.dir", index.toString(), "micronaut.server.port", "-1"))
                .banner(false).deduceEnvironment(false).start()) {
            EmbeddedServer server = ctx.getBean(EmbeddedServer.class).start();
            // every run asks queries no earlier request asked, so the result cache never answers; the warm-up
            // compiles the search path as in a server that has been running (200 requests left much of it cold)
            int needed = WARM_UP_QUERIES + IntStream.of(CLIENTS).sum() * QUERIES_PER_CLIENT;
            List<String> queries = queries(ctx.getBean(PassageIndex.class), 2 * needed, 42).stream().distinct()
                    .limit(needed).toList();
            if (queries.isEmpty()) {
                throw new IllegalStateException("no titles to draw queries from in " + index
                        + " (empty, or emptied to be rebuilt by a new analyzer or schema: index it again)");
            }
            LatencyProbe.run(server.getURI(), queries.subList(0, Math.min(WARM_UP_QUERIES, queries.size())), 2,
                    WARM_UP_QUERIES / 2);
            int from = WARM_UP_QUERIES;
            for (int clients : CLIENTS) {
                List<String> fresh = queries.subList(Math.min(from, queries.size()), queries.size());
                report.latency(fraction, LatencyProbe.run(server.getURI(), fresh.isEmpty() ? queries : fresh, clients,
                        QUERIES_PER_CLIENT));
                from += clients * QUERIES_PER_CLIENT;
            }
        }
    }

    record IndexRun(IngestReport report, long bytes, double seconds, long indexBytes, long peakHeap) {}

    static IndexRun index(Path corpus, Path indexDir, org.klangru.analysis.AnalyzerChoice analysis) throws IOException {
        long bytes = 0;
        for (Path f : listFiles(corpus)) {
            bytes += Files.size(f);
        }
        System.gc();
        AtomicLong peak = new AtomicLong();
        Thread watcher = new Thread(() -> {
            var memory = ManagementFactory.getMemoryMXBean();
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        watcher.setDaemon(true);
        watcher.start();
        long t0 = System.nanoTime();
        IngestReport r;
        Taxonomy taxonomy = Taxonomy.loadDefault();
        try (IndexStore store = IndexStore.openWritable(indexDir, org.klangru.taxonomy.TaxonomyFingerprint.of(taxonomy), analysis)) {
            r = new Ingestor(store, new TikaExtractor(ExtractionLimits.DEFAULT), new PassageLabeler(taxonomy),
                    Runtime.getRuntime().availableProcessors()).ingest(corpus);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        watcher.interrupt();
        return new IndexRun(r, bytes, seconds, treeSize(indexDir), peak.get());
    }

    /**
     * Raw ICU4J word breaking and the project's word analyzer over the same paragraphs (as passages are analysed,
     * one at a time), in this JVM: rounds alternate between the two, timed in this thread's CPU time, and the
     * fastest round of each counts, so that neighbours on a shared machine do not decide the ratio.
     */
    static double[] analyzerThroughput(List<Path> files) throws IOException {
        List<String> paragraphs = new ArrayList<>();
        long bytes = 0;
        for (Path f : files) {
            for (String line : Files.readString(f, StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    paragraphs.add(line);
                    bytes += line.getBytes(StandardCharsets.UTF_8).length;
                }
            }
            if (bytes > 20_000_000) {
                break;
            }
        }
        double mb = bytes / 1048576.0;
        var cpu = ManagementFactory.getThreadMXBean();
        BreakIterator words = BreakIterator.getWordInstance(new ULocale("th"));
        Analyzer analyzer = KlangruAnalysis.indexAnalyzer();
        long bestRaw = Long.MAX_VALUE, bestAnalyzer = Long.MAX_VALUE, sink = 0;
        for (int round = 0; round < 5; round++) {
            long t0 = cpu.getCurrentThreadCpuTime();
            for (String p : paragraphs) {
                words.setText(p);
                while (words.next() != BreakIterator.DONE) {
                    sink++;
                }
            }
            long t1 = cpu.getCurrentThreadCpuTime();
            for (String p : paragraphs) {
                try (TokenStream ts = analyzer.tokenStream("text", p)) {
                    ts.reset();
                    while (ts.incrementToken()) {
                        sink--;
                    }
                    ts.end();
                }
            }
            long t2 = cpu.getCurrentThreadCpuTime();
            bestRaw = Math.min(bestRaw, t1 - t0);
            bestAnalyzer = Math.min(bestAnalyzer, t2 - t1);
        }
        if (sink == Long.MIN_VALUE) {
            System.out.print(""); // keeps the JIT from dropping the work
        }
        return new double[] {mb, mb / (bestRaw / 1e9), mb / (bestAnalyzer / 1e9)};
    }

    /** 1–3 consecutive words of random document titles, as people type them: Thai without spaces. */
    static List<String> queries(PassageIndex store, int n, long seed) throws IOException {
        List<DocumentRecord> docs = new DocumentBrowser(store).list(1, 100_000).documents();
        Random random = new Random(seed);
        List<String> out = new ArrayList<>();
        BreakIterator bi = BreakIterator.getWordInstance(new ULocale("th"));
        while (out.size() < n && !docs.isEmpty()) {
            String title = docs.get(random.nextInt(docs.size())).title();
            List<String> words = new ArrayList<>();
            bi.setText(title);
            for (int s = bi.first(), e = bi.next(); e != BreakIterator.DONE; s = e, e = bi.next()) {
                String w = title.substring(s, e);
                if (w.codePoints().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.THAI) && w.length() > 1) {
                    words.add(w);
                }
            }
            if (words.size() < 3) {
                continue;
            }
            int len = 1 + random.nextInt(3);
            int from = random.nextInt(words.size() - len + 1);
            out.add(String.join("", words.subList(from, from + len)));
        }
        return out;
    }

    static Path slice(List<Path> files, double fraction, Path dir) throws IOException {
        deleteTree(dir);
        Files.createDirectories(dir);
        int step = (int) Math.round(1 / fraction);
        for (int i = 0; i < files.size(); i++) {
            if (fraction >= 1.0 || i % step == 0) {
                Path target = dir.resolve(String.format(Locale.ROOT, "%06d-%s", i, files.get(i).getFileName()));
                try {
                    Files.createLink(target, files.get(i));
                } catch (IOException | UnsupportedOperationException e) {
                    Files.copy(files.get(i), target);
                }
            }
        }
        return dir;
    }

    static List<Path> listFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    static long treeSize(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> m = new java.util.HashMap<>();
        for (String a : args) {
            if (a.startsWith("--") && a.contains("=")) {
                m.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
            }
        }
        return m;
    }
}
