package org.klangru.bench;

import org.klangru.analysis.AnalyzerChoice;
import org.klangru.index.DocumentRecord;
import org.klangru.index.IndexStore;
import org.klangru.index.PassageRecord;
import org.klangru.ingest.ExtractedDocument;
import org.klangru.ingest.ExtractionLimits;
import org.klangru.ingest.Fingerprints;
import org.klangru.ingest.PassageLabeler;
import org.klangru.ingest.TikaExtractor;
import org.klangru.passage.Passage;
import org.klangru.passage.PassageSplitter;
import org.klangru.taxonomy.Taxonomy;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time of each ingest stage (extract, split, describe, label, index, commit) over a folder of files, one thread,
 * twice (the second pass, with the JIT warm, is the one to read). Thread CPU time, so that other work on a shared
 * machine changes the figures little.
 *
 * <pre>mvn -B -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.klangru.bench.StageCost -Dexec.args="DIR [klangru|icu]"</pre>
 */
public final class StageCost {
    public static void main(String[] args) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of(args[0]))) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        AnalyzerChoice analysis = AnalyzerChoice.parse(args.length > 1 ? args[1] : "klangru");
        Taxonomy taxonomy = Taxonomy.loadDefault();
        PassageLabeler labeler = new PassageLabeler(taxonomy);
        TikaExtractor extractor = new TikaExtractor(ExtractionLimits.DEFAULT);
        PassageSplitter splitter = new PassageSplitter();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        String[] stages = {"extract", "split", "describe", "label", "index", "commit"};
        for (int pass = 1; pass <= 2; pass++) {
            Path dir = Files.createTempDirectory("klangru-stages");
            long[] nanos = new long[stages.length];
            long bytes = 0;
            try (IndexStore store = IndexStore.openWritable(dir, "stage-cost", analysis)) {
                for (Path f : files) {
                    long t0 = cpu.getCurrentThreadCpuTime();
                    String hash = Fingerprints.contentHash(f);
                    ExtractedDocument d = extractor.extract(f, hash);
                    long t1 = cpu.getCurrentThreadCpuTime();
                    List<Passage> passages = splitter.split(d.blocks());
                    long t2 = cpu.getCurrentThreadCpuTime();
                    PassageLabeler.DocumentLabels facts = labeler.describe(d.title(), d.fullText(), f.toString());
                    long t3 = cpu.getCurrentThreadCpuTime();
                    String id = Fingerprints.documentId(f.toString());
                    List<PassageRecord> records = labeler.label(id, d.title(), passages, d.ocrPages());
                    long t4 = cpu.getCurrentThreadCpuTime();
                    store.replace(new DocumentRecord(id, f.toString(), d.title(), d.mediaType(), hash, Files.size(f), 0,
                            facts.type(), facts.date(), facts.agency(), records.size(), 0), records);
                    long t5 = cpu.getCurrentThreadCpuTime();
                    long[] at = {t0, t1, t2, t3, t4, t5};
                    for (int i = 0; i < 5; i++) {
                        nanos[i] += at[i + 1] - at[i];
                    }
                    bytes += Files.size(f);
                }
                long t0 = cpu.getCurrentThreadCpuTime();
                store.commit(Map.of());
                nanos[5] = cpu.getCurrentThreadCpuTime() - t0;
            } finally {
                BenchmarkMain.deleteTree(dir);
            }
            double total = java.util.Arrays.stream(nanos).sum() / 1e9;
            StringBuilder line = new StringBuilder(String.format(java.util.Locale.ROOT,
                    "pass %d, %s: %.1f MB, %.1f s CPU, %.2f MB per CPU-second |", pass, analysis, bytes / 1e6, total,
                    bytes / 1e6 / total));
            for (int i = 0; i < stages.length; i++) {
                line.append(String.format(java.util.Locale.ROOT, " %s %.1f s", stages[i], nanos[i] / 1e9));
            }
            System.out.println(line);
        }
    }
}
