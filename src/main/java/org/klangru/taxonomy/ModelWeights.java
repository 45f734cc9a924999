package org.klangru.taxonomy;

import opennlp.tools.ml.ArrayMath;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

import java.util.HashMap;
import java.util.Map;

/**
 * The seven category models' weights in one table, built once when the model is read: a feature is looked up once
 * per passage instead of once in each of seven OpenNLP models, and the models themselves (seven copies of every
 * feature string) need not stay in memory.
 *
 * <p>Probabilities are OpenNLP's to the bit: {@link #probability} sums each outcome's weights in the passage's feature
 * order and normalises with the same {@link ArrayMath#logSumOfExps} and {@link StrictMath#exp} as
 * {@code QNModel.eval} (a feature a model lacks adds 0.0, which changes no sum). Immutable and thread-safe.
 */
final class ModelWeights {
    static final int CATEGORIES = 7;
    /** Two outcomes (yes, no) per category, in each model's own outcome order. */
    private static final int ROW = CATEGORIES * 2;

    private final Map<String, Integer> ids;
    /** The feature each id stands for (for the words named in a label's reason). */
    private final String[] names;
    /** {@code weights[id * ROW + (category - 1) * 2 + outcome]}. */
    private final double[] weights;
    /** Per category: the index of "yes" among its model's two outcomes. */
    private final int[] yes = new int[CATEGORIES];

    @SuppressWarnings("unchecked")
    ModelWeights(Map<Integer, AbstractModel> models) {
        Map<String, Integer> ids = new HashMap<>();
        for (int c = 1; c <= CATEGORIES; c++) {
            for (String f : ((Map<String, Context>) models.get(c).getDataStructures()[1]).keySet()) {
                ids.putIfAbsent(f, ids.size());
            }
        }
        this.ids = ids;
        this.names = new String[ids.size()];
        ids.forEach((f, id) -> names[id] = f);
        this.weights = new double[ids.size() * ROW];
        for (int c = 1; c <= CATEGORIES; c++) {
            AbstractModel m = models.get(c);
            if (m.getNumOutcomes() != 2) {
                throw new IllegalArgumentException("category " + c + " model has " + m.getNumOutcomes()
                        + " outcomes, expected yes and no");
            }
            yes[c - 1] = m.getIndex(CategoryModel.YES);
            Map<String, Context> pmap = (Map<String, Context>) m.getDataStructures()[1];
            for (Map.Entry<String, Context> e : pmap.entrySet()) {
                int base = ids.get(e.getKey()) * ROW + (c - 1) * 2;
                int[] outcomes = e.getValue().getOutcomes();
                double[] params = e.getValue().getParameters();
                for (int i = 0; i < outcomes.length; i++) {
                    weights[base + outcomes[i]] += params[i];
                }
            }
        }
    }

    /** The id of a feature, or -1 when no model knows it (it weighs nothing). */
    int id(String feature) {
        Integer id = ids.get(feature);
        return id == null ? -1 : id;
    }

    String name(int id) {
        return names[id];
    }

    int size() {
        return names.length;
    }

    /**
     * Each category's probability of "yes" for a passage's known features ({@code count} ids, without repeats, in the
     * order OpenNLP would have read them), into {@code out[1..7]}.
     */
    void probabilities(int[] features, int count, double[] out) {
        double[] sums = new double[ROW];
        for (int i = 0; i < count; i++) {
            int base = features[i] * ROW;
            for (int k = 0; k < ROW; k++) {
                sums[k] += weights[base + k];
            }
        }
        double[] pair = new double[2];
        for (int c = 0; c < CATEGORIES; c++) {
            pair[0] = sums[2 * c];
            pair[1] = sums[2 * c + 1];
            out[c + 1] = probability(pair, yes[c]);
        }
    }

    /** QNModel.eval's normalisation of one model's two sums. */
    private static double probability(double[] sums, int yes) {
        double logSumExp = ArrayMath.logSumOfExps(sums);
        return StrictMath.exp(sums[yes] - logSumExp);
    }

    /** How much a feature pushes a category towards "yes": its weight for yes minus its weight for no. */
    double towardsYes(int feature, int category) {
        int base = feature * ROW + (category - 1) * 2;
        int y = yes[category - 1];
        return weights[base + y] - weights[base + 1 - y];
    }
}
