package org.klangru.taxonomy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** A tool (not a test): single-thread classification throughput on a folder of texts, one passage per line. */
final class ThroughputProbe {
    public static void main(String[] args) throws IOException {
        List<String> passages = new ArrayList<>();
        long bytes = 0;
        try (Stream<Path> s = Files.list(Path.of(args[0]))) {
            for (Path f : s.sorted().limit(Integer.parseInt(args[1])).toList()) {
                for (String l : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    if (l.strip().length() >= 20) {
                        passages.add(l.strip());
                        bytes += l.strip().getBytes(StandardCharsets.UTF_8).length;
                    }
                }
            }
        }
        PassageClassifier pc = new PassageClassifier(Taxonomy.loadDefault());
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            int labels = 0;
            for (String p : passages) {
                labels += pc.classify(new PassageContext(p, List.of("หมวด 4 การวัด การวิเคราะห์"), "ข่าว")).categories().size();
            }
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf("round %d: %d passages, %.1f MB in %.2f s = %.1f MB/s (%d labels)%n", round,
                    passages.size(), bytes / 1e6, s, bytes / 1e6 / s, labels);
        }
    }
}
