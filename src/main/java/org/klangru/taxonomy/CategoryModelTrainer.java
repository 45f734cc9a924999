package org.klangru.taxonomy;

import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Trains the {@link CategoryModel} from hand-judged paragraphs and measures it by cross-validation.
 *
 * <p>Training data: TSV files with the columns {@code id}, {@code categories} ("4,5", or "0" for none),
 * {@code reason}, {@code text} and optionally {@code source} (the paragraph's document), {@code title} (its title) and
 * {@code draw} (how it was sampled: {@code focused} for paragraphs of documents about public-sector management,
 * {@code topic} or {@code random} for news at large); lines starting with {@code #} are comments. One binary model
 * per category (one-vs-rest), since a paragraph may be about several categories.
 *
 * <p>Cross-validation keeps each document's paragraphs in one fold (they share a title and often words), and the
 * thresholds shipped with the model are chosen on the cross-validated probabilities of the {@code focused}
 * paragraphs: documents like those Klangru holds. Never on the judged evaluation sets.
 */
public final class CategoryModelTrainer {
    /** Training settings; part of the model's version. */
    /**
     * @param keywords whether the taxonomy's evidence phrases are features beside the words (see {@link ModelFeatures})
     */
    public record Settings(int iterations, int cutoff, double l2, boolean keywords, boolean taxonomyExamples,
                           int folds, long seed) {
        public static Settings defaults() {
            return new Settings(300, 1, 1.0, true, true, 5, 17);
        }

        public Settings withL2(double value) {
            return new Settings(iterations, cutoff, value, keywords, taxonomyExamples, folds, seed);
        }

        public Settings withKeywords(boolean value) {
            return new Settings(iterations, cutoff, l2, value, taxonomyExamples, folds, seed);
        }

        public Settings withTaxonomyExamples(boolean value) {
            return new Settings(iterations, cutoff, l2, keywords, value, folds, seed);
        }

        String describe() {
            return String.format(Locale.ROOT, "maxent-qn it=%d cutoff=%d l2=%.3f keywords=%s taxonomy-examples=%s"
                            + " features=%d", iterations, cutoff, l2, keywords, taxonomyExamples, ModelFeatures.VERSION);
        }
    }

    /** One judged paragraph, with its document, that document's title and how it was drawn (empty when unknown). */
    public record Example(String id, Set<Integer> categories, String text, String title, String source, String draw) {
        /** Paragraphs of one document stay in one fold. */
        String group() {
            return source.isEmpty() ? id : source;
        }
    }

    /** The draw whose paragraphs choose the thresholds: documents about public-sector management. */
    static final String TUNING_DRAW = "focused";

    /** Micro precision, recall and F1 of labels at one threshold, and the per-category F1. */
    public record Measure(double threshold, double precision, double recall, double f1, Map<Integer, Double> perCategory) {
        public String describe() {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "threshold %.2f: P %.3f R %.3f F1 %.3f |",
                    threshold, precision, recall, f1));
            perCategory.forEach((c, f) -> b.append(String.format(Locale.ROOT, " %d:%.2f", c, f)));
            return b.toString();
        }
    }

    private final Settings settings;
    private final ModelFeatures features;
    /** Examples from the taxonomy file, added to every training set (never measured on). */
    private final List<Example> extra;

    public CategoryModelTrainer(Taxonomy taxonomy, Settings settings) {
        this.settings = settings;
        this.features = new ModelFeatures(settings.keywords() ? new ContentScorer(taxonomy) : null);
        this.extra = settings.taxonomyExamples() ? TaxonomyExamples.of(taxonomy) : List.of();
    }

    /** The training files at a path: a folder's {@code .tsv} files (not its subfolders') in name order, or the file. */
    public static List<Path> trainingFiles(Path data) throws IOException {
        if (Files.isRegularFile(data)) {
            return List.of(data);
        }
        if (!Files.isDirectory(data)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(data)) {
            return s.filter(p -> p.toString().endsWith(".tsv")).sorted().toList();
        }
    }

    /** The judged paragraphs of every training file at a path (see {@link #trainingFiles}). */
    public static List<Example> readAll(Path data) throws IOException {
        return read(trainingFiles(data));
    }

    public static List<Example> read(List<Path> files) throws IOException {
        List<Example> out = new ArrayList<>();
        for (Path f : files) {
            int lineNo = 0;
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length < 4) {
                    throw new IOException(f + " line " + lineNo + ": expected id, categories, reason, text");
                }
                Set<Integer> cats = new TreeSet<>();
                for (String c : cols[1].split(",")) {
                    String t = c.trim();
                    if (!t.matches("[0-7]")) {
                        throw new IOException(f + " line " + lineNo + ": category \"" + t + "\" is not 0-7");
                    }
                    if (!t.equals("0")) {
                        cats.add(Integer.parseInt(t));
                    }
                }
                out.add(new Example(cols[0], cats, cols[3], cols.length > 5 ? cols[5] : "",
                        cols.length > 4 ? cols[4] : "", cols.length > 6 ? cols[6] : ""));
            }
        }
        return out;
    }

    /** F1 this close to the best counts as near-best: the search threshold is the lowest such, leaning to recall. */
    static final double NEAR_BEST_F1 = 0.01;
    /** The precision a label must reach, cross-validated, to count as evidence in a pack. */
    static final double EVIDENCE_PRECISION = 0.85;

    /**
     * Trains on every example. The thresholds come from cross-validation on the same examples: the search
     * threshold is the lowest whose F1 is within {@value #NEAR_BEST_F1} of the best (filters should rather keep a
     * passage than lose it), the evidence threshold the lowest whose precision reaches {@value #EVIDENCE_PRECISION}
     * (the highest measured when none does).
     */
    public CategoryModel train(List<Example> examples) {
        return train(examples, crossValidated(examples));
    }

    /** The same, with the examples' cross-validated probabilities already computed. */
    public CategoryModel train(List<Example> examples, double[][] cv) {
        List<Measure> curve = tuningCurve(examples, cv);
        double bestF1 = curve.stream().mapToDouble(Measure::f1).max().orElseThrow();
        Measure best = curve.stream().filter(m -> m.f1() >= bestF1 - NEAR_BEST_F1).findFirst().orElseThrow();
        Measure evidence = curve.stream().filter(m -> m.precision() >= EVIDENCE_PRECISION).findFirst()
                .orElse(curve.get(curve.size() - 1));
        Properties p = new Properties();
        p.setProperty("version", version(examples));
        p.setProperty("trainer", settings.describe());
        p.setProperty(CategoryModel.KEYWORD_FEATURES, String.valueOf(settings.keywords()));
        p.setProperty("examples", examples.size() + " judged, " + extra.size() + " from the taxonomy");
        p.setProperty(CategoryModel.SEARCH_THRESHOLD, fmt(best.threshold()));
        p.setProperty(CategoryModel.EVIDENCE_THRESHOLD, fmt(evidence.threshold()));
        p.setProperty("cv.search", best.describe());
        p.setProperty("cv.evidence", evidence.describe());
        return fitted(examples, p);
    }

    /**
     * A model of one cross-validation fold: trained on {@code train} (with the taxonomy's own examples), with the
     * thresholds given, for measuring the whole classifier on the held-out paragraphs.
     */
    CategoryModel foldModel(List<Example> train, double searchThreshold, double evidenceThreshold) {
        Properties p = new Properties();
        p.setProperty(CategoryModel.SEARCH_THRESHOLD, fmt(searchThreshold));
        p.setProperty(CategoryModel.EVIDENCE_THRESHOLD, fmt(evidenceThreshold));
        return fitted(train, p);
    }

    /** A model fitted to the judged examples and the taxonomy's own, with the properties given. */
    private CategoryModel fitted(List<Example> judged, Properties properties) {
        List<Example> all = new ArrayList<>(extra);
        all.addAll(judged);
        return new CategoryModel(fit(all), properties, features);
    }

    /** The cross-validated probabilities of every example: {@code [example][category]}. */
    public double[][] crossValidated(List<Example> examples) {
        double[][] out = new double[examples.size()][8];
        int[] fold = folds(examples);
        for (int k = 0; k < settings.folds(); k++) {
            List<Example> train = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) {
                if (fold[i] != k) {
                    train.add(examples.get(i));
                }
            }
            CategoryModel m = fitted(train, new Properties());
            for (int i = 0; i < examples.size(); i++) {
                if (fold[i] == k) {
                    out[i] = m.probabilities(examples.get(i).text(), examples.get(i).title());
                }
            }
        }
        return out;
    }

    /**
     * The curve the thresholds are chosen on: that of the {@value #TUNING_DRAW} paragraphs when there are any, else
     * of every paragraph.
     */
    public static List<Measure> tuningCurve(List<Example> examples, double[][] probabilities) {
        List<Example> sub = new ArrayList<>();
        List<double[]> p = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            if (examples.get(i).draw().equals(TUNING_DRAW)) {
                sub.add(examples.get(i));
                p.add(probabilities[i]);
            }
        }
        return sub.isEmpty() ? curve(examples, probabilities) : curve(sub, p.toArray(double[][]::new));
    }

    /** Precision, recall and F1 of thresholding the probabilities, from 0.05 to 0.90. */
    public static List<Measure> curve(List<Example> examples, double[][] probabilities) {
        List<Measure> out = new ArrayList<>();
        for (int t = 5; t <= 90; t += 5) {
            out.add(measure(examples, probabilities, t / 100.0));
        }
        return out;
    }

    static Measure measure(List<Example> examples, double[][] probabilities, double threshold) {
        int tp = 0, fp = 0, fn = 0;
        int[][] per = new int[8][3];
        for (int i = 0; i < examples.size(); i++) {
            for (int c = 1; c <= 7; c++) {
                boolean want = examples.get(i).categories().contains(c);
                boolean got = probabilities[i][c] >= threshold;
                int slot = want && got ? 0 : got ? 1 : want ? 2 : -1;
                if (slot >= 0) {
                    per[c][slot]++;
                }
            }
        }
        Map<Integer, Double> f1s = new LinkedHashMap<>();
        for (int c = 1; c <= 7; c++) {
            tp += per[c][0];
            fp += per[c][1];
            fn += per[c][2];
            f1s.put(c, f1(per[c][0], per[c][1], per[c][2]));
        }
        return new Measure(threshold, tp + fp == 0 ? 0 : tp / (double) (tp + fp),
                tp + fn == 0 ? 0 : tp / (double) (tp + fn), f1(tp, fp, fn), f1s);
    }

    private static double f1(int tp, int fp, int fn) {
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    private int[] folds(List<Example> examples) {
        return folds(examples, settings.folds(), settings.seed());
    }

    /** A fold per example, whole documents at a time, documents in a seeded random order. */
    public static int[] folds(List<Example> examples, int folds, long seed) {
        List<String> groups = new ArrayList<>(new LinkedHashSet<>(examples.stream().map(Example::group).toList()));
        Collections.shuffle(groups, new Random(seed));
        Map<String, Integer> foldOf = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            foldOf.put(groups.get(i), i % folds);
        }
        return examples.stream().mapToInt(e -> foldOf.get(e.group())).toArray();
    }

    private Map<Integer, AbstractModel> fit(List<Example> examples) {
        List<String[]> contexts = examples.stream().map(e -> features.of(e.text(), e.title())).toList();
        Map<Integer, AbstractModel> out = new LinkedHashMap<>();
        for (int c = 1; c <= 7; c++) {
            List<Event> events = new ArrayList<>(examples.size());
            for (int i = 0; i < examples.size(); i++) {
                String outcome = examples.get(i).categories().contains(c) ? CategoryModel.YES : CategoryModel.NO;
                events.add(new Event(outcome, contexts.get(i)));
            }
            out.put(c, trainBinary(events));
        }
        return out;
    }

    private AbstractModel trainBinary(List<Event> events) {
        TrainingParameters p = new TrainingParameters();
        p.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
        p.put(TrainingParameters.ITERATIONS_PARAM, settings.iterations());
        p.put(TrainingParameters.CUTOFF_PARAM, settings.cutoff());
        p.put(QNTrainer.L1COST_PARAM, 0.0);
        p.put(QNTrainer.L2COST_PARAM, settings.l2());
        p.put(QNTrainer.THREADS_PARAM, 1);
        EventTrainer trainer = TrainerFactory.getEventTrainer(p, null);
        try {
            return (AbstractModel) trainer.train(new CollectionObjectStream<>(events));
        } catch (opennlp.tools.util.InsufficientTrainingDataException e) {
            throw new IllegalArgumentException("the training data needs paragraphs with and without every category 1-7"
                    + " (in every cross-validation fold): " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // events from memory do not fail
        }
    }

    /** The training data's digest and the settings: the same data and settings give the same version. */
    public String version(List<Example> examples) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update(settings.describe().getBytes(StandardCharsets.UTF_8));
            for (Example e : examples) {
                d.update((e.id() + "\t" + e.categories() + "\t" + e.text() + "\t" + e.title() + "\t" + e.source()
                        + "\t" + e.draw() + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            return "cm-" + HexFormat.of().formatHex(d.digest()).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.2f", d);
    }
}
