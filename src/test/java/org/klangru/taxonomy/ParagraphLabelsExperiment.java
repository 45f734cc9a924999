package org.klangru.taxonomy;

import org.klangru.passage.Block;
import org.klangru.passage.Passage;
import org.klangru.passage.PassageSplitter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A tool (not a test): how should the passages a long paragraph is cut into be labelled? Cross-validates the whole
 * classifier (rules and a model of each fold, at the shipped thresholds) on the training paragraphs, cut into
 * passages as ingest cuts them, and scores every passage against its paragraph's judged labels, three ways: each
 * passage by itself (before schema 10), each passage with the labels of all passages of its paragraph (schema 10 did
 * this in management documents only), and the whole paragraph read at once (shipped since schema 11). Prints micro
 * precision, recall and F1 on the paragraphs of one draw ({@code focused} unless {@code -Ddraw=random}, {@code topic},
 * or {@code long} with a DIR holding {@code held-back/news-judged-long.tsv}), and on those cut into more than one
 * passage; {@code -DtrainWithout=DRAW} leaves a draw out of every fold's training (does that draw help the others?).
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) org.klangru.taxonomy.ParagraphLabelsExperiment [DIR]</pre>
 */
final class ParagraphLabelsExperiment {
    private static final String[] WAYS = {"each passage by itself", "with its paragraph's other passages", "whole paragraph (shipped)"};

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/main/training/categories");
        List<CategoryModelTrainer.Example> examples = CategoryModelTrainer.readAll(dir);
        Taxonomy taxonomy = Taxonomy.loadDefault();
        CategoryModelTrainer.Settings settings = CategoryModelTrainer.Settings.defaults();
        CategoryModelTrainer trainer = new CategoryModelTrainer(taxonomy, settings);
        int[] fold = CategoryModelTrainer.folds(examples, settings.folds(), settings.seed());
        int[][] all = new int[WAYS.length][3];
        int[][] cut = new int[WAYS.length][3];
        for (int k = 0; k < settings.folds(); k++) {
            List<CategoryModelTrainer.Example> train = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) {
                if (fold[i] != k && !examples.get(i).draw().equals(System.getProperty("trainWithout"))) {
                    train.add(examples.get(i));
                }
            }
            PassageClassifier classifier = new PassageClassifier(taxonomy, trainer.foldModel(train,
                    CategoryModel.shippedSearchThreshold(), CategoryModel.shippedEvidenceThreshold()));
            for (int i = 0; i < examples.size(); i++) {
                CategoryModelTrainer.Example e = examples.get(i);
                if (fold[i] != k || !e.draw().equals(System.getProperty("draw", CategoryModelTrainer.TUNING_DRAW))) {
                    continue;
                }
                List<PassageContext> pieces = new PassageSplitter().split(List.of(Block.paragraph(e.text()))).stream()
                        .map(Passage::text).map(t -> new PassageContext(t, List.of(), e.title())).toList();
                List<Classification> alone = pieces.stream().map(classifier::classify).toList();
                Set<Integer> together = new HashSet<>();
                alone.forEach(c -> together.addAll(c.categoryNumbers()));
                List<Classification> asWhole = classifier.classifyParagraph(
                        new PassageContext(e.text(), List.of(), e.title()), pieces);
                for (int p = 0; p < pieces.size(); p++) {
                    List<Set<Integer>> ways = List.of(new HashSet<>(alone.get(p).categoryNumbers()), together,
                            new HashSet<>(asWhole.get(p).categoryNumbers()));
                    for (int w = 0; w < WAYS.length; w++) {
                        count(e.categories(), ways.get(w), all[w]);
                        if (pieces.size() > 1) {
                            count(e.categories(), ways.get(w), cut[w]);
                        }
                    }
                }
            }
        }
        for (int w = 0; w < WAYS.length; w++) {
            System.out.println(WAYS[w] + ": every passage " + describe(all[w]) + "; passages of cut paragraphs "
                    + describe(cut[w]));
        }
    }

    private static void count(Set<Integer> want, Set<Integer> got, int[] tpFpFn) {
        for (int c = 1; c <= 7; c++) {
            if (want.contains(c) && got.contains(c)) {
                tpFpFn[0]++;
            } else if (got.contains(c)) {
                tpFpFn[1]++;
            } else if (want.contains(c)) {
                tpFpFn[2]++;
            }
        }
    }

    private static String describe(int[] t) {
        return String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f", t[0] / (double) (t[0] + t[1]),
                t[0] / (double) (t[0] + t[2]), 2.0 * t[0] / (2 * t[0] + t[1] + t[2]));
    }
}
