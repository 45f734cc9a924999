package org.klangru.taxonomy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * A tool (not a test): what the category model costs. Load time and heap of the shipped model, then the time to score
 * every training paragraph with OpenNLP's seven models and with the weight table, alternating, three rounds.
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) org.klangru.taxonomy.CategoryModelCost</pre>
 */
final class CategoryModelCost {
    public static void main(String[] args) throws IOException {
        Taxonomy taxonomy = Taxonomy.loadDefault();
        List<CategoryModelTrainer.Example> examples =
                CategoryModelTrainer.readAll(Path.of("src/main/training/categories"));
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heap0 = rt.totalMemory() - rt.freeMemory();
        long t0 = System.nanoTime();
        CategoryModel shipped = CategoryModel.shipped(taxonomy);
        long loadNanos = System.nanoTime() - t0;
        System.gc();
        long heap1 = rt.totalMemory() - rt.freeMemory();
        System.out.printf("shipped model: loaded in %.2f s, heap +%d MB%n", loadNanos / 1e9, (heap1 - heap0) >> 20);
        CategoryModel withOpenNlp;
        t0 = System.nanoTime();
        try (InputStream in = CategoryModel.class.getResourceAsStream(CategoryModel.RESOURCE)) {
            withOpenNlp = CategoryModel.read(in, taxonomy);
        }
        loadNanos = System.nanoTime() - t0;
        System.gc();
        long heap2 = rt.totalMemory() - rt.freeMemory();
        System.out.printf("model with OpenNLP's models kept: loaded in %.2f s, heap +%d MB%n", loadNanos / 1e9,
                (heap2 - heap1) >> 20);
        for (int round = 0; round < 3; round++) {
            double sum = 0;
            t0 = System.nanoTime();
            for (CategoryModelTrainer.Example e : examples) {
                sum += withOpenNlp.openNlpProbabilities(e.text(), e.title())[4];
            }
            double open = (System.nanoTime() - t0) / 1e9;
            t0 = System.nanoTime();
            for (CategoryModelTrainer.Example e : examples) {
                sum -= shipped.probabilities(e.text(), e.title())[4];
            }
            double table = (System.nanoTime() - t0) / 1e9;
            System.out.printf("round %d, %d paragraphs: OpenNLP eval %.2f s, weight table %.2f s (sum of "
                    + "differences %.1e)%n", round, examples.size(), open, table, sum);
        }
    }
}
