package org.klangru.taxonomy;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The learned part of category labelling: for each PMQA category a maximum-entropy (logistic regression) model of
 * OpenNLP that reads a passage's {@link ModelFeatures} and says how likely the passage is about that category.
 *
 * <p>The model is trained from hand-judged paragraphs by {@link CategoryModelTrainer} ({@code ./klangru
 * train-categories}) and shipped as one zip resource: {@code model.properties} (version, thresholds chosen by
 * cross-validation, the training data's digest) and one {@code category-N.bin} per category. Its {@link #version()}
 * is part of the taxonomy fingerprint, so a new model relabels an existing index on the next start.
 *
 * <p>Immutable and thread-safe (OpenNLP's models evaluate without state).
 */
public final class CategoryModel {
    /** Where the shipped model lives on the class path. */
    public static final String RESOURCE = "/org/klangru/taxonomy/category-model.zip";
    static final String YES = "yes";
    static final String NO = "no";
    /** Property: whether the taxonomy's evidence phrases are features. */
    static final String KEYWORD_FEATURES = "features.keywords";
    static final String SEARCH_THRESHOLD = "threshold.search";
    static final String EVIDENCE_THRESHOLD = "threshold.evidence";
    /** How many of the words that weighed most are named in a label's reason. */
    private static final int WHY_WORDS = 4;

    /** OpenNLP's models, for writing the model; null for the shipped model, which labels from {@link #weights}. */
    private final Map<Integer, AbstractModel> models;
    /** The seven models' weights in one table: what labelling reads. */
    private final ModelWeights weights;
    private final Properties properties;
    private final ModelFeatures features;
    private final double searchThreshold;
    private final double evidenceThreshold;
    private final ThreadLocal<ModelFeatures.Scratch> scratch = ThreadLocal.withInitial(ModelFeatures.Scratch::new);

    CategoryModel(Map<Integer, AbstractModel> models, Properties properties, ModelFeatures features) {
        this(Map.copyOf(models), new ModelWeights(models), properties, features);
    }

    private CategoryModel(Map<Integer, AbstractModel> models, ModelWeights weights, Properties properties,
                          ModelFeatures features) {
        this.models = models;
        this.weights = weights;
        this.properties = properties;
        this.features = features;
        this.searchThreshold = threshold(properties, SEARCH_THRESHOLD);
        this.evidenceThreshold = threshold(properties, EVIDENCE_THRESHOLD);
    }

    /** The shipped model, reading features with the given taxonomy's evidence. */
    public static CategoryModel shipped(Taxonomy taxonomy) {
        Shipped s = Shipped.MODEL;
        return new CategoryModel(null, s.weights, s.properties, features(s.properties, taxonomy));
    }

    /** The shipped model's version without building a model for a taxonomy. */
    public static String shippedVersion() {
        return Shipped.MODEL.properties.getProperty("version");
    }

    /** The shipped model's search threshold (labels that filters and browse use start there). */
    public static double shippedSearchThreshold() {
        return threshold(Shipped.MODEL.properties, SEARCH_THRESHOLD);
    }

    /** The shipped model's evidence threshold (passages that evidence packs quote start there). */
    public static double shippedEvidenceThreshold() {
        return threshold(Shipped.MODEL.properties, EVIDENCE_THRESHOLD);
    }

    private static double threshold(Properties properties, String key) {
        return Double.parseDouble(properties.getProperty(key, "0.5"));
    }

    /**
     * The shipped model, read once: its weights are immutable and shared by every classifier. OpenNLP's seven models
     * are dropped once their weights are in the table (each holds its own copy of every feature string).
     */
    private static final class Shipped {
        static final Shipped MODEL = load();
        final ModelWeights weights;
        final Properties properties;

        private Shipped(Map<Integer, AbstractModel> models, Properties properties) {
            this.weights = new ModelWeights(models);
            this.properties = properties;
        }

        private static Shipped load() {
            try (InputStream in = CategoryModel.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("category model missing from the class path: " + RESOURCE);
                }
                Map<Integer, AbstractModel> models = new LinkedHashMap<>();
                Properties props = new Properties();
                readInto(in, models, props);
                return new Shipped(models, props);
            } catch (IOException e) {
                throw new UncheckedIOException("category model " + RESOURCE + " cannot be read", e);
            }
        }
    }

    static CategoryModel read(InputStream zip, Taxonomy taxonomy) throws IOException {
        Map<Integer, AbstractModel> models = new LinkedHashMap<>();
        Properties props = new Properties();
        readInto(zip, models, props);
        return new CategoryModel(models, props, features(props, taxonomy));
    }

    /** The features the model was trained with: words alone, or words and the taxonomy's evidence phrases. */
    private static ModelFeatures features(Properties props, Taxonomy taxonomy) {
        return new ModelFeatures(Boolean.parseBoolean(props.getProperty(KEYWORD_FEATURES))
                ? new ContentScorer(taxonomy) : null);
    }

    private static void readInto(InputStream zip, Map<Integer, AbstractModel> models, Properties props)
            throws IOException {
        try (ZipInputStream z = new ZipInputStream(zip)) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                byte[] bytes = z.readAllBytes();
                if (e.getName().equals("model.properties")) {
                    props.load(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
                } else if (e.getName().matches("category-[1-7]\\.bin")) {
                    int c = e.getName().charAt("category-".length()) - '0';
                    models.put(c, new GenericModelReader(new BinaryFileDataReader(new ByteArrayInputStream(bytes)))
                            .getModel());
                }
            }
        }
        if (models.size() != 7 || props.getProperty("version") == null) {
            throw new IOException("category model is incomplete: " + models.keySet() + ", version "
                    + props.getProperty("version"));
        }
    }

    public void writeTo(OutputStream out) throws IOException {
        if (models == null) {
            throw new IllegalStateException("the shipped model labels from its weights only: read "
                    + RESOURCE + " with read() to write it");
        }
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("model.properties"));
            // sorted keys and no date line: the same model writes the same bytes
            StringBuilder b = new StringBuilder("# Klangru category model: see docs/categories.md\n");
            properties.stringPropertyNames().stream().sorted()
                    .forEach(k -> b.append(k).append('=').append(properties.getProperty(k)).append('\n'));
            z.write(b.toString().getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<Integer, AbstractModel> m : new TreeMap<>(models).entrySet()) {
                z.putNextEntry(new ZipEntry("category-" + m.getKey() + ".bin"));
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                new GenericModelWriter(m.getValue(), new DataOutputStream(bytes)).persist();
                z.write(bytes.toByteArray());
            }
        }
    }

    /** A short name of this model (its training data's digest and parameters); a change relabels the index. */
    public String version() {
        return properties.getProperty("version");
    }

    /** The probability from which a category is a label that search filters and browse use (recall-oriented). */
    public double searchThreshold() {
        return searchThreshold;
    }

    /** The stricter probability from which a passage counts as evidence in an evidence pack. */
    public double evidenceThreshold() {
        return evidenceThreshold;
    }

    /** One category's probability and the words of the passage that pushed it up most. */
    public record Score(int category, double probability, List<String> words) {
    }

    /** Every category's probability for a passage's text under its document's title, in category order. */
    public List<Score> score(String text, String title) {
        String normalized = MatchText.normalize(text);
        return score(normalized, features.evidence(normalized), title);
    }

    /** The same for a normalised text whose taxonomy evidence the caller has scored already. */
    List<Score> score(String normalized, ContentScorer.Result evidence, String title) {
        int[] known = features.known(normalized, evidence, title, weights, scratch.get());
        double[] p = new double[8];
        weights.probabilities(known, known.length, p);
        List<Score> out = new ArrayList<>(7);
        for (int c = 1; c <= 7; c++) {
            out.add(new Score(c, p[c], p[c] >= searchThreshold ? strongest(c, known) : List.of()));
        }
        return out;
    }

    /** The probabilities alone, for measuring. */
    double[] probabilities(String text, String title) {
        String normalized = MatchText.normalize(text);
        int[] known = features.known(normalized, features.evidence(normalized), title, weights, scratch.get());
        double[] out = new double[8];
        weights.probabilities(known, known.length, out);
        return out;
    }

    /** The probabilities as OpenNLP's own models give them, for checking the table against them. */
    double[] openNlpProbabilities(String text, String title) {
        if (models == null) {
            throw new IllegalStateException("the shipped model keeps no OpenNLP models: read it with read()");
        }
        String[] context = features.of(text, title);
        double[] out = new double[8];
        for (int c = 1; c <= 7; c++) {
            AbstractModel m = models.get(c);
            out[c] = m.eval(context)[m.getIndex(YES)];
        }
        return out;
    }

    /** The OpenNLP words a label's reason names, as OpenNLP's models give them (for checking {@link #score}). */
    List<String> openNlpStrongest(int category, String text, String title) {
        return strongest(models.get(category), features.of(text, title));
    }

    /** The passage's words with the highest weight towards "yes" of a category, first-seen first among equals. */
    private List<String> strongest(int category, int[] known) {
        record Weighted(String word, double weight) {
        }
        List<Weighted> found = new ArrayList<>();
        for (int id : known) {
            String word = ModelFeatures.display(weights.name(id));
            if (word == null) {
                continue;
            }
            double toYes = weights.towardsYes(id, category);
            if (toYes > 0) {
                found.add(new Weighted(word, toYes));
            }
        }
        return found.stream().sorted(Comparator.comparingDouble(Weighted::weight).reversed())
                .limit(WHY_WORDS).map(Weighted::word).toList();
    }

    /** The passage's words with the highest weight towards "yes" in a model. */
    @SuppressWarnings("unchecked")
    private static List<String> strongest(AbstractModel m, String[] context) {
        Map<String, Context> weights = (Map<String, Context>) m.getDataStructures()[1];
        int yes = m.getIndex(YES);
        int no = m.getIndex(NO);
        record Weighted(String word, double weight) {
        }
        List<Weighted> found = new ArrayList<>();
        for (String f : context) {
            String word = ModelFeatures.display(f);
            Context w = weights.get(f);
            if (word == null || w == null) {
                continue;
            }
            double toYes = 0;
            int[] outcomes = w.getOutcomes();
            for (int i = 0; i < outcomes.length; i++) {
                toYes += outcomes[i] == yes ? w.getParameters()[i] : outcomes[i] == no ? -w.getParameters()[i] : 0;
            }
            if (toYes > 0) {
                found.add(new Weighted(word, toYes));
            }
        }
        return found.stream().sorted(Comparator.comparingDouble(Weighted::weight).reversed())
                .limit(WHY_WORDS).map(Weighted::word).toList();
    }
}
