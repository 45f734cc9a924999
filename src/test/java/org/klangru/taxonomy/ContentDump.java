package org.klangru.taxonomy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tool, not a test: prints the seed passages without markers (lines and paragraphs, with their content scores);
 * its first column is the key of seed-content-judgements.tsv. Run with java -cp (test classpath).
 */
final class ContentDump {
    public static void main(String[] args) {
        PassageClassifier pc = new PassageClassifier(Taxonomy.loadDefault());
        Map<String, String> seen = new LinkedHashMap<>();
        for (Path f : SeedPassages.seedFiles()) {
            for (List<SeedPassages.Passage> ps : List.of(SeedPassages.lines(f), SeedPassages.paragraphs(f))) {
                for (SeedPassages.Passage p : ps) {
                    String key = SeedPassages.squash(p.text());
                    if (seen.containsKey(key)) {
                        continue;
                    }
                    seen.put(key, "");
                    if (ContentPrecisionTest.hasMarker(pc, p.text(), p.title())) {
                        continue;
                    }
                    System.out.printf("%s\t%s\t%s%n", ContentPrecisionTest.key(p.text()), pc.contentScores(p.text()),
                            p.text());
                }
            }
        }
    }
}
