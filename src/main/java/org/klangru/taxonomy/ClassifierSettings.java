package org.klangru.taxonomy;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * The tunable part of the passage classifier, read from the taxonomy file.
 *
 * @param weights              weight of one concept per evidence tier
 * @param tailFactor           factor for evidence found only after the opening clause of a passage
 * @param togetherWindow       the parts of a 'together' rule must start within this many characters of each other
 * @param contentThreshold     minimum content score for a category label without any marker, in PMQA or
 *                             management-practice context
 * @param contentThresholdWithoutContext the same outside such context (general news: rarely about management)
 * @param dominance            a second content category is kept only when its score is at least this share of the best
 * @param maxContentCategories at most this many content labels per passage
 * @param overviewCategories   when this many categories reach the threshold the passage is an overview: no content label
 * @param calibration          content score bands and the precision measured for them (reported as confidence)
 * @param neutralPhrases       phrases that only block the shorter phrases inside them ("องค์กรที่มีสมรรถนะสูง")
 * @param pmqaContext          words showing that a text is about PMQA (needed for a bare "หมวด 3" or a bare code)
 * @param practiceContext      words showing a management-practice document (KM plan, SOP); with pmqaContext they
 *                             allow content labels at {@code contentThreshold}
 * @param lawContext           words showing a law or the Constitution ("รัฐธรรมนูญ หมวด 5" is not PMQA)
 * @param fineDustContext      words showing fine dust (PM 2.5), which vetoes PM codes
 * @param countWords           classifiers/units after a number ("IT 2 คน" is a head count, not a code)
 * @param referenceWords       words right before "หมวด N" that make it a reference ("สอดคล้องกับ...ในหมวด 1-6")
 * @param elaborationMarkers   words that end the opening clause of a passage ("ซึ่ง", "โดย", "เช่น")
 */
@Serdeable
public record ClassifierSettings(String description, Weights weights, double tailFactor, int togetherWindow,
                                 double contentThreshold, double contentThresholdWithoutContext,
                                 double dominance, int maxContentCategories, int overviewCategories,
                                 List<Calibration> calibration, List<String> neutralPhrases,
                                 List<String> pmqaContext, List<String> practiceContext, List<String> lawContext, List<String> fineDustContext,
                                 List<String> countWords, List<String> referenceWords,
                                 List<String> elaborationMarkers) {
    public ClassifierSettings {
        calibration = List.copyOf(calibration);
        neutralPhrases = List.copyOf(neutralPhrases);
        pmqaContext = List.copyOf(pmqaContext);
        practiceContext = List.copyOf(practiceContext);
        lawContext = List.copyOf(lawContext);
        fineDustContext = List.copyOf(fineDustContext);
        countWords = List.copyOf(countWords);
        referenceWords = List.copyOf(referenceWords);
        elaborationMarkers = List.copyOf(elaborationMarkers);
    }

    /** Weight of one concept of each evidence tier. */
    @Serdeable
    public record Weights(double strong, double medium, double weak, double together) {
    }

    /** Content scores of at least {@code minScore} get {@code confidence} (the precision measured for the band). */
    @Serdeable
    public record Calibration(double minScore, double confidence) {
    }

    /** The confidence of a content score: the band with the highest minScore not above it. */
    public double confidenceFor(double score) {
        double c = 0;
        double best = Double.NEGATIVE_INFINITY;
        for (Calibration band : calibration) {
            if (score >= band.minScore() && band.minScore() > best) {
                best = band.minScore();
                c = band.confidence();
            }
        }
        return c;
    }
}
