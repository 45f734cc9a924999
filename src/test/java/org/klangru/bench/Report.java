package org.klangru.bench;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Collects benchmark figures and writes them as Markdown tables and a PNG plot of cost against corpus size. */
final class Report {
    private final Path out;
    private final StringBuilder md = new StringBuilder();
    private final Map<Double, BenchmarkMain.IndexRun> runs = new TreeMap<>();
    private final Map<Double, List<LatencyProbe.Result>> latencies = new TreeMap<>();

    Report(Path out) {
        this.out = out;
        md.append("# Benchmark run\n\n")
                .append("- machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, max heap ")
                .append(Runtime.getRuntime().maxMemory() / 1048576).append(" MiB, Java ")
                .append(System.getProperty("java.version")).append("\n");
    }

    void line(String s) {
        md.append("- ").append(s).append('\n');
        System.out.println(s);
    }

    void analyzerThroughput(double[] t) {
        String s = String.format(Locale.ROOT, "analyzer throughput on %.1f MB of Thai UTF-8: raw ICU4J BreakIterator %.1f MB/s, "
                + "Klangru index analyzer %.1f MB/s, ratio %.2f", t[0], t[1], t[2], t[2] / t[1]);
        line(s);
    }

    void indexRun(double fraction, BenchmarkMain.IndexRun r) {
        runs.put(fraction, r);
        System.out.printf(Locale.ROOT, "%.0f%%: %d docs, %.1f MB in %.1f s (%.2f MB/s, %.0f docs/s), index %.1f MB, peak heap %.0f MiB, failures %d%n",
                fraction * 100, r.report().documents(), r.bytes() / 1048576.0, r.seconds(), r.bytes() / 1048576.0 / r.seconds(),
                r.report().documents() / r.seconds(), r.indexBytes() / 1048576.0, r.peakHeap() / 1048576.0, r.report().failures().size());
    }

    void icuRun(double fraction, BenchmarkMain.IndexRun icu) {
        BenchmarkMain.IndexRun klangru = runs.get(fraction);
        line(String.format(Locale.ROOT, "%.0f%% slice with --analyzer icu: %.1f s (%.2f MB/s), index %.1f MB; "
                        + "klangru analysis costs %.2f× the time and %.2f× the index size of stock ICU",
                fraction * 100, icu.seconds(), icu.bytes() / 1048576.0 / icu.seconds(), icu.indexBytes() / 1048576.0,
                klangru.seconds() / icu.seconds(), (double) klangru.indexBytes() / icu.indexBytes()));
    }

    void serveStartup(ServeStartup.Result r) {
        line(String.format(Locale.ROOT, "serve on the largest index: first 200 from /api/health after %.1f s; "
                + "resident memory at rest %.0f MiB (heap used %.0f MiB)", r.seconds(), r.residentMiB(), r.heapUsedMiB()));
    }

    void latency(double fraction, LatencyProbe.Result r) {
        latencies.computeIfAbsent(fraction, k -> new ArrayList<>()).add(r);
        System.out.printf(Locale.ROOT, "%.0f%% %d clients: %d requests, %d errors, median %.1f ms, p99 %.1f ms, %.0f req/s%n",
                fraction * 100, r.clients(), r.requests(), r.errors(), r.medianMs(), r.p99Ms(), r.perSecond());
    }

    void write() throws IOException {
        md.append("\n## Indexing\n\n| slice | documents | passages | MB | seconds | MB/s | documents/s | index MB | peak heap MiB | failures |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|\n");
        runs.forEach((f, r) -> md.append(String.format(Locale.ROOT, "| %.0f%% | %d | %d | %.1f | %.1f | %.2f | %.0f | %.1f | %.0f | %d |%n",
                f * 100, r.report().documents(), r.report().passages(), r.bytes() / 1048576.0, r.seconds(),
                r.bytes() / 1048576.0 / r.seconds(), r.report().documents() / r.seconds(), r.indexBytes() / 1048576.0,
                r.peakHeap() / 1048576.0, r.report().failures().size())));
        md.append("\n## Query latency over HTTP (/api/snippets, 1–3-word Thai queries, highlighting)\n\n")
                .append("After a warm-up of " + BenchmarkMain.WARM_UP_QUERIES + " other queries; every request of the runs "
                        + "below asks a query not asked before (when the corpus's titles give enough of them).\n\n")
                .append("| slice | clients | requests | errors | median ms | p99 ms | requests/s |\n|---|---|---|---|---|---|---|\n");
        latencies.forEach((f, list) -> list.forEach(r -> md.append(String.format(Locale.ROOT, "| %.0f%% | %d | %d | %d | %.1f | %.1f | %.0f |%n",
                f * 100, r.clients(), r.requests(), r.errors(), r.medianMs(), r.p99Ms(), r.perSecond()))));
        Files.writeString(out.resolve("results.md"), md.toString());
        plot(out.resolve("scaling.png"));
        System.out.println(md);
    }

    /** Indexing seconds and p99 latency at 8 clients against corpus size. */
    private void plot(Path png) throws IOException {
        if (runs.isEmpty()) {
            return; // a latency-only run has no growth curve to draw
        }
        int w = 900, h = 480, left = 80, right = 80, top = 50, bottom = 60;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setColor(Color.DARK_GRAY);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        g.drawString("Indexing time (blue, left axis) and p99 latency at 8 clients (orange, right axis) vs corpus MB", left, 30);
        g.drawLine(left, h - bottom, w - right, h - bottom);
        g.drawLine(left, top, left, h - bottom);
        g.drawLine(w - right, top, w - right, h - bottom);
        double maxMb = runs.values().stream().mapToDouble(r -> r.bytes() / 1048576.0).max().orElse(1);
        double maxSec = runs.values().stream().mapToDouble(BenchmarkMain.IndexRun::seconds).max().orElse(1) * 1.1;
        double maxP99 = latencies.values().stream().flatMap(List::stream).filter(r -> r.clients() == 8)
                .mapToDouble(LatencyProbe.Result::p99Ms).max().orElse(1) * 1.1;
        g.drawString("0", left - 15, h - bottom + 15);
        g.drawString(String.format(Locale.ROOT, "%.0f MB", maxMb), w - right - 40, h - bottom + 20);
        g.drawString(String.format(Locale.ROOT, "%.0f s", maxSec), 10, top + 5);
        g.drawString(String.format(Locale.ROOT, "%.0f ms", maxP99), w - right + 8, top + 5);
        List<double[]> sec = new ArrayList<>();
        List<double[]> p99 = new ArrayList<>();
        runs.forEach((f, r) -> {
            double x = left + (w - left - right) * (r.bytes() / 1048576.0) / maxMb;
            sec.add(new double[] {x, h - bottom - (h - top - bottom) * r.seconds() / maxSec});
            latencies.getOrDefault(f, List.of()).stream().filter(l -> l.clients() == 8).findFirst()
                    .ifPresent(l -> p99.add(new double[] {x, h - bottom - (h - top - bottom) * l.p99Ms() / maxP99}));
        });
        series(g, sec, new Color(0x1f77b4));
        series(g, p99, new Color(0xff7f0e));
        g.dispose();
        ImageIO.write(img, "png", png.toFile());
    }

    private static void series(Graphics2D g, List<double[]> points, Color color) {
        g.setColor(color);
        g.setStroke(new BasicStroke(2.5f));
        for (int i = 0; i < points.size(); i++) {
            double[] p = points.get(i);
            g.fillOval((int) p[0] - 5, (int) p[1] - 5, 10, 10);
            if (i > 0) {
                double[] q = points.get(i - 1);
                g.drawLine((int) q[0], (int) q[1], (int) p[0], (int) p[1]);
            }
        }
    }
}
