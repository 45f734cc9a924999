package org.klangru.search;

import org.klangru.index.PassageRecord;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Passage-level evidence from the passage's surroundings: a hit is lifted toward the best hit among the passages of its
 * own document at most {@link #RADIUS} places away, score = (1 − {@link #WEIGHT}) · own + WEIGHT · best nearby. A news
 * item's answer is often a paragraph beside the one that names the query's words (the ceremony under the headline about
 * "วันจัดการความรู้", the figure below the paragraph naming the programme); the radius keeps a long manual's other
 * chapters from lifting each other. A document's best passage keeps its score, so no passage passes its own document's
 * best. Measured on practice, dev and the news mix (docs/benchmarks.md, "Passages lifted by their neighbours").
 */
final class DocumentContext {
    /** Share of the score that comes from the best nearby passage of the same document. */
    static final float WEIGHT = 0.2f;
    /** How many passages away a neighbour still counts (passages overlap, so 5 places span about four passages' text). */
    static final int RADIUS = 5;

    private DocumentContext() {}

    /**
     * @param documents which document each hit belongs to (any key with equals), in any order
     * @param ordinals  each hit's place in its document
     * @param scores    their scores, in the same order
     * @return the lifted scores, in the same order
     */
    static float[] lift(Object[] documents, int[] ordinals, float[] scores) {
        Map<Object, List<Integer>> byDocument = new HashMap<>();
        for (int i = 0; i < documents.length; i++) {
            byDocument.computeIfAbsent(documents[i], d -> new ArrayList<>()).add(i);
        }
        float[] lifted = new float[scores.length];
        for (List<Integer> hits : byDocument.values()) {
            for (int i : hits) {
                float best = scores[i];
                for (int j : hits) {
                    if (Math.abs(ordinals[j] - ordinals[i]) <= RADIUS) {
                        best = Math.max(best, scores[j]);
                    }
                }
                lifted[i] = (1 - WEIGHT) * scores[i] + WEIGHT * best;
            }
        }
        return lifted;
    }

    /** The same, for hits known by their passage ids ({@link PassageRecord#passageId}). */
    static float[] lift(String[] passageIds, float[] scores) {
        Object[] documents = new Object[passageIds.length];
        int[] ordinals = new int[passageIds.length];
        for (int i = 0; i < passageIds.length; i++) {
            documents[i] = PassageRecord.documentOf(passageIds[i]);
            ordinals[i] = PassageRecord.ordinalOf(passageIds[i]);
        }
        return lift(documents, ordinals, scores);
    }
}
