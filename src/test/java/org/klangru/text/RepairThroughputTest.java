package org.klangru.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Prints how fast {@link ThaiTextRepair#repair} runs; no timing is asserted (the machine is shared).
 * For a big corpus run the main method: {@code java -cp ... org.klangru.text.RepairThroughputTest DIR}.
 */
@org.junit.jupiter.api.Tag("measure")
class RepairThroughputTest {

    @Test
    void printThroughputOnTheSeeds() throws Exception {
        Assumptions.assumeTrue(SharedCorpus.present(), "shared corpus not present");
        List<String> clean = new ArrayList<>();
        List<String> pdf = new ArrayList<>();
        for (int n = 0; n < 5; n++) {
            clean.add(Files.readString(SharedCorpus.seedText(n)));
            pdf.add(SharedCorpus.extract(SharedCorpus.seedPdf(n)));
        }
        measure(clean, 50); // warm up: the JIT needs a few MB
        measure(pdf, 50);
        System.out.println("seed .txt (clean):     " + measure(clean, 200));
        System.out.println("seed PDF text (faulty): " + measure(pdf, 200));
    }

    /** Repairs every text {@code rounds} times; returns MB/s of UTF-8 input by thread CPU time and by wall time. */
    static String measure(List<String> texts, int rounds) {
        long bytes = 0;
        for (String t : texts) {
            bytes += t.getBytes(StandardCharsets.UTF_8).length;
        }
        var mx = ManagementFactory.getThreadMXBean();
        long cpu0 = mx.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        long sink = 0;
        for (int r = 0; r < rounds; r++) {
            for (String t : texts) {
                sink += ThaiTextRepair.repair(t).length();
            }
        }
        long cpu = mx.getCurrentThreadCpuTime() - cpu0;
        long wall = System.nanoTime() - wall0;
        assertTrue(sink > 0);
        double mb = bytes * (double) rounds / 1e6;
        return String.format("%.1f MB in %.2f s CPU: %.1f MB/s CPU, %.1f MB/s wall", mb, cpu / 1e9, mb / (cpu / 1e9), mb / (wall / 1e9));
    }

    public static void main(String[] args) throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of(args[0]))) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                texts.add(Files.readString(p));
            }
        }
        for (int round = 0; round < 3; round++) {
            System.out.println(texts.size() + " files: " + measure(texts, 1));
        }
    }
}
