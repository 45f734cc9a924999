package org.klangru.taxonomy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A tool (not a test): would a paragraph's second topic be found by scoring its clauses too? Cross-validates the
 * shipped settings on the training data (same folds), scores each held-out paragraph whole and in windows of at least
 * {@code MIN_CHARS} characters cut at spaces, and prints the curve of max(whole, alpha × best window) for a few alphas
 * on the {@code focused} paragraphs.
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) org.klangru.taxonomy.ClauseWindowsExperiment [DIR] [MIN_CHARS]</pre>
 */
final class ClauseWindowsExperiment {
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/main/training/categories");
        int minChars = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        List<CategoryModelTrainer.Example> examples = CategoryModelTrainer.readAll(dir);
        CategoryModelTrainer.Settings settings = CategoryModelTrainer.Settings.defaults();
        CategoryModelTrainer trainer = new CategoryModelTrainer(Taxonomy.loadDefault(), settings);
        int[] fold = CategoryModelTrainer.folds(examples, settings.folds(), settings.seed());
        double[][] whole = new double[examples.size()][];
        double[][] bestWindow = new double[examples.size()][];
        for (int k = 0; k < settings.folds(); k++) {
            List<CategoryModelTrainer.Example> train = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) {
                if (fold[i] != k) {
                    train.add(examples.get(i));
                }
            }
            // the thresholds of this model are not used: only its probabilities
            CategoryModel model = trainer.train(train, new double[train.size()][8]);
            for (int i = 0; i < examples.size(); i++) {
                if (fold[i] == k) {
                    CategoryModelTrainer.Example e = examples.get(i);
                    whole[i] = model.probabilities(e.text(), e.title());
                    bestWindow[i] = new double[8];
                    for (String w : windows(e.text(), minChars)) {
                        double[] p = model.probabilities(w, e.title());
                        for (int c = 1; c <= 7; c++) {
                            bestWindow[i][c] = Math.max(bestWindow[i][c], p[c]);
                        }
                    }
                }
            }
        }
        for (double alpha : new double[] {0, 0.5, 0.7, 0.85, 1.0}) {
            double[][] p = new double[examples.size()][8];
            for (int i = 0; i < examples.size(); i++) {
                for (int c = 1; c <= 7; c++) {
                    p[i][c] = Math.max(whole[i][c], alpha * bestWindow[i][c]);
                }
            }
            System.out.println("alpha " + alpha);
            CategoryModelTrainer.tuningCurve(examples, p).stream().filter(m -> m.threshold() <= 0.401)
                    .forEach(m -> System.out.println("  " + m.describe()));
        }
    }

    /** Space-separated pieces joined until each window holds {@code minChars}; none for a paragraph of one window. */
    static List<String> windows(String text, int minChars) {
        List<String> out = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        for (String piece : text.trim().split("\\s+")) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(piece);
            if (b.length() >= minChars) {
                out.add(b.toString());
                b.setLength(0);
            }
        }
        if (!b.isEmpty()) {
            if (!out.isEmpty() && b.length() < minChars / 2) {
                out.set(out.size() - 1, out.get(out.size() - 1) + " " + b);
            } else {
                out.add(b.toString());
            }
        }
        return out.size() > 1 ? out : List.of();
    }
}
