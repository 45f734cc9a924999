package org.klangru.taxonomy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * A tool (not a test): classifies the paragraphs of a folder of thaigov news items and prints content labels with
 * their scores, plus a fixed random sample for judging. Args: folder, max files, sample size.
 */
final class ThaigovProbe {
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int max = Integer.parseInt(args[1]);
        int sample = Integer.parseInt(args[2]);
        PassageClassifier pc = new PassageClassifier(Taxonomy.loadDefault());
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.sorted().limit(max).toList();
        }
        int paragraphs = 0, content = 0, explicit = 0, codes = 0;
        int[] perCat = new int[8];
        List<String> labelled = new ArrayList<>();
        List<String> other = new ArrayList<>();
        long t0 = System.nanoTime();
        long chars = 0;
        for (Path f : files) {
            List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
            String title = lines.isEmpty() ? "" : lines.get(0);
            for (String l : lines.subList(Math.min(1, lines.size()), lines.size())) {
                String t = l.strip();
                if (t.length() < 40 || t.startsWith("http")) {
                    continue;
                }
                paragraphs++;
                chars += t.length();
                Classification c = pc.classify(new PassageContext(t, List.of(), title));
                if (!c.codes().isEmpty()) {
                    codes++;
                    other.add("CODE\t" + c.codes() + "\t" + t);
                }
                for (CategoryLabel lab : c.categories()) {
                    if (lab.why().contains("(content keywords)")) {
                        content++;
                        perCat[lab.category()]++;
                        labelled.add(lab.category() + "\t" + lab.why().replaceAll(".*คะแนน ([0-9.]+).*", "$1") + "\t"
                                + (lab.why().contains("no PMQA context") ? "no-context" : "context") + "\t"
                                + f.getFileName() + "\t" + t);
                    } else {
                        explicit++;
                        other.add("EXPLICIT\t" + lab.category() + "\t" + lab.why() + "\t" + t);
                    }
                }
            }
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("files=%d paragraphs=%d chars=%d ms=%d contentLabels=%d explicitLabels=%d codePassages=%d%n",
                files.size(), paragraphs, chars, ms, content, explicit, codes);
        for (int i = 1; i <= 7; i++) {
            System.out.printf("  category %d: %d%n", i, perCat[i]);
        }
        other.forEach(o -> System.out.println(o.length() > 400 ? o.substring(0, 400) : o));
        Collections.shuffle(labelled, new Random(42));
        System.out.println("--- sample of content labels");
        labelled.stream().limit(sample).forEach(s -> System.out.println(s.length() > 600 ? s.substring(0, 600) : s));
    }
}
