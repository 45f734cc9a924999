package org.klangru.bench;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.classification.ClassificationResult;
import org.apache.lucene.classification.KNearestNeighborClassifier;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.klangru.analysis.KlangruAnalysis;
import org.klangru.taxonomy.CategoryModelTrainer;
import org.klangru.taxonomy.Taxonomy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Chooses the category model by measurement: 5-fold cross-validation on the hand-judged training paragraphs (never
 * on the judged evaluation sets) of OpenNLP's maximum-entropy models (with and without the taxonomy's phrases as
 * features, several regularisations) and of Lucene's k-nearest-neighbour classifier (BM25, k = 5, 10, 20), all
 * one-vs-rest, with a document's paragraphs in one fold. Prints each one's best micro F1 on the paragraphs of
 * management documents (where the shipped thresholds are chosen) and its precision/recall there. Run:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.klangru.bench.CategoryModelChoice
 * src/main/training/categories [all|maxent|knn]}
 */
public final class CategoryModelChoice {
    private CategoryModelChoice() {
    }

    public static void main(String[] args) throws Exception {
        List<CategoryModelTrainer.Example> examples = CategoryModelTrainer.readAll(
                Path.of(args.length > 0 ? args[0] : "src/main/training/categories"));
        System.out.println(examples.size() + " examples");
        Taxonomy taxonomy = Taxonomy.loadDefault();
        CategoryModelTrainer.Settings base = CategoryModelTrainer.Settings.defaults();
        String only = args.length > 1 ? args[1] : "all";
        if (only.equals("all") || only.equals("maxent")) {
            for (CategoryModelTrainer.Settings s : List.of(base, base.withKeywords(false), base.withTaxonomyExamples(false),
                    base.withL2(0.25), base.withL2(4.0))) {
                long t0 = System.nanoTime();
                double[][] cv = new CategoryModelTrainer(taxonomy, s).crossValidated(examples);
                report("maxent kw=" + s.keywords() + " tax=" + s.taxonomyExamples() + " l2=" + s.l2(), examples, cv, t0);
            }
        }
        if (only.equals("all") || only.equals("knn")) {
            for (int k : new int[] {5, 10, 20}) {
                long t0 = System.nanoTime();
                report("lucene knn bm25 k=" + k, examples, knn(examples, k, base.folds(), base.seed()), t0);
            }
        }
    }

    private static void report(String name, List<CategoryModelTrainer.Example> examples, double[][] cv, long t0) {
        CategoryModelTrainer.Measure best = CategoryModelTrainer.tuningCurve(examples, cv).stream()
                .max(java.util.Comparator.comparingDouble(CategoryModelTrainer.Measure::f1)).orElseThrow();
        System.out.printf("%-34s %s  (%.1f s)%n", name, best.describe(), (System.nanoTime() - t0) / 1e9);
    }

    /** Cross-validated one-vs-rest k-NN: the share of BM25-weighted neighbours that carry each category. */
    static double[][] knn(List<CategoryModelTrainer.Example> examples, int k, int folds, long seed) throws Exception {
        int n = examples.size();
        int[] fold = CategoryModelTrainer.folds(examples, folds, seed);
        Analyzer analyzer = KlangruAnalysis.queryAnalyzer();
        double[][] out = new double[n][8];
        for (int f = 0; f < folds; f++) {
            ByteBuffersDirectory dir = new ByteBuffersDirectory();
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
                for (int i = 0; i < n; i++) {
                    if (fold[i] == f) {
                        continue;
                    }
                    Document d = new Document();
                    d.add(new TextField("text", examples.get(i).text(), Field.Store.NO));
                    for (int c = 1; c <= 7; c++) {
                        d.add(new StringField("c" + c, examples.get(i).categories().contains(c) ? "yes" : "no",
                                Field.Store.YES));
                    }
                    w.addDocument(d);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                List<KNearestNeighborClassifier> byCategory = new ArrayList<>();
                for (int c = 1; c <= 7; c++) {
                    byCategory.add(new KNearestNeighborClassifier(reader, new BM25Similarity(), analyzer, null, k, 1, 1,
                            "c" + c, "text"));
                }
                for (int i = 0; i < n; i++) {
                    if (fold[i] != f) {
                        continue;
                    }
                    for (int c = 1; c <= 7; c++) {
                        List<ClassificationResult<BytesRef>> r = byCategory.get(c - 1).getClasses(examples.get(i).text());
                        double yes = 0;
                        double all = 0;
                        for (ClassificationResult<BytesRef> x : r == null ? List.<ClassificationResult<BytesRef>>of() : r) {
                            all += x.getScore();
                            if (x.getAssignedClass().utf8ToString().equals("yes")) {
                                yes += x.getScore();
                            }
                        }
                        out[i][c] = all == 0 ? 0 : yes / all;
                    }
                }
            }
        }
        return out;
    }
}
