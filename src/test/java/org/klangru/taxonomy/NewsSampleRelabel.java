package org.klangru.taxonomy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A tool (not a test): how other category models treat the news-at-large labels judged by hand in
 * {@code docs/eval/news-labels-judged.tsv} (drawn from the labels of the shipped model): how many of the right and of
 * the wrong labels each model file still gives at its search threshold (the model layer alone, without the rules).
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) org.klangru.taxonomy.NewsSampleRelabel MODEL.zip...</pre>
 */
final class NewsSampleRelabel {
    public static void main(String[] args) throws IOException {
        Map<String, String[]> sample = new HashMap<>(); // category/passage -> title, text
        for (String line : Files.readAllLines(Path.of("docs/eval/news-labels-sample.tsv"))) {
            if (!line.startsWith("#")) {
                String[] c = line.split("\t", -1);
                sample.put(c[0] + "/" + c[1], new String[] {c[3], c[4]});
            }
        }
        Taxonomy taxonomy = Taxonomy.loadDefault();
        for (String file : args) {
            CategoryModel model;
            try (InputStream in = Files.newInputStream(Path.of(file))) {
                model = CategoryModel.read(in, taxonomy);
            }
            int right = 0, rightKept = 0, wrong = 0, wrongKept = 0;
            for (String line : Files.readAllLines(Path.of("docs/eval/news-labels-judged.tsv"))) {
                String[] c = line.split("\t", -1);
                String[] passage = line.startsWith("#") ? null : sample.get(c[0] + "/" + c[1]);
                if (passage == null) {
                    continue;
                }
                boolean kept = model.probabilities(passage[1], passage[0])[Integer.parseInt(c[0])] >= model.searchThreshold();
                if (c[2].equals("yes")) {
                    right++;
                    rightKept += kept ? 1 : 0;
                } else {
                    wrong++;
                    wrongKept += kept ? 1 : 0;
                }
            }
            System.out.printf("%s: right labels kept %d/%d, wrong labels kept %d/%d%n", file, rightKept, right, wrongKept, wrong);
        }
    }
}
