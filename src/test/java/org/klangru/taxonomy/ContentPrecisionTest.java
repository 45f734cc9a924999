package org.klangru.taxonomy;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Precision and recall of the content classifier (passages with no marker) on the seed texts, against the hand
 * judgement in seed-content-judgements.tsv, for a range of thresholds; the threshold in the taxonomy file must be one
 * whose measured precision is at least 0.9. Prints the table the threshold was chosen from.
 */
class ContentPrecisionTest {

    record Judgement(Set<Integer> acceptable, Set<Integer> required, String note) {
    }

    record Point(double threshold, int labels, int correct, int required, int found) {
        double precision() {
            return labels == 0 ? 1 : (double) correct / labels;
        }

        double recall() {
            return required == 0 ? 0 : (double) found / required;
        }
    }

    /** True when the passage (without headings) gets a label from a marker: a หมวด mention, a name or a code. */
    static boolean hasMarker(PassageClassifier pc, String text, String title) {
        Classification c = pc.classify(new PassageContext(text, List.of(), title));
        return c.categories().stream().anyMatch(l -> !l.why().contains("(content keywords)"));
    }

    /** A stable key for a passage: its first 60 characters without spaces, then # and its length. */
    static String key(String text) {
        String s = SeedPassages.squash(text);
        return (s.length() <= 60 ? s : s.substring(0, 60)) + "#" + s.length();
    }

    static Map<String, Judgement> judgements() throws IOException {
        Map<String, Judgement> out = new LinkedHashMap<>();
        try (InputStream in = ContentPrecisionTest.class.getResourceAsStream("seed-content-judgements.tsv")) {
            assertNotNull(in, "seed-content-judgements.tsv");
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = (line + "\t\t\t").split("\t", -1);
                Judgement old = out.put(f[0], new Judgement(ints(f[1]), ints(f[2]), f[3]));
                assertTrue(old == null, "duplicate key " + f[0]);
            }
        }
        return out;
    }

    private static Set<Integer> ints(String s) {
        Set<Integer> out = new LinkedHashSet<>();
        for (String x : s.split(",")) {
            if (!x.isBlank()) {
                out.add(Integer.parseInt(x.trim()));
            }
        }
        return out;
    }

    /** The default taxonomy with other content thresholds (in management context, and without it). */
    static Taxonomy withThresholds(Taxonomy t, double threshold, double withoutContext) {
        ClassifierSettings s = t.classifier();
        ClassifierSettings c = new ClassifierSettings(s.description(), s.weights(), s.tailFactor(), s.togetherWindow(),
                threshold, withoutContext,
                s.dominance(), s.maxContentCategories(), s.overviewCategories(), s.calibration(),
                s.neutralPhrases(), s.pmqaContext(), s.practiceContext(), s.lawContext(), s.fineDustContext(), s.countWords(),
                s.referenceWords(), s.elaborationMarkers());
        return new Taxonomy(t.schema(), t.nameTh(), t.nameEn(), t.notes(), t.sources(), t.editions(), t.levels(),
                t.organizationProfile(), t.categories(), t.codes(), t.items(), c, t.documentTypes(), t.agencies());
    }

    /** The seed passages without a marker, once each (lines and joined paragraphs), with their document title. */
    static List<String[]> unmarkedPassages(PassageClassifier pc) {
        Map<String, String[]> seen = new LinkedHashMap<>();
        for (Path f : SeedPassages.seedFiles()) {
            for (List<SeedPassages.Passage> ps : List.of(SeedPassages.lines(f), SeedPassages.paragraphs(f))) {
                for (SeedPassages.Passage p : ps) {
                    String k = SeedPassages.squash(p.text());
                    if (!seen.containsKey(k) && !hasMarker(pc, p.text(), p.title())) {
                        seen.put(k, new String[] {p.text(), p.title()});
                    }
                }
            }
        }
        return new ArrayList<>(seen.values());
    }

    static Point measure(Taxonomy taxonomy, double threshold, double withoutContext, List<String[]> passages,
                         Map<String, Judgement> j, StringBuilder wrong) {
        PassageClassifier pc = PassageClassifier.rulesOnly(withThresholds(taxonomy, threshold, withoutContext));
        int labels = 0, correct = 0, required = 0, found = 0;
        for (String[] passage : passages) {
            String text = passage[0];
            Judgement judgement = j.get(key(text));
            assertNotNull(judgement, "no judgement for passage: " + text);
            List<Integer> got = pc.classify(new PassageContext(text, List.of(), passage[1])).categoryNumbers();
            labels += got.size();
            for (int c : got) {
                if (judgement.acceptable().contains(c)) {
                    correct++;
                } else if (wrong != null) {
                    wrong.append("  wrong ").append(c).append(": ").append(text, 0, Math.min(100, text.length()))
                            .append('\n');
                }
            }
            required += judgement.required().size();
            for (int c : judgement.required()) {
                if (got.contains(c)) {
                    found++;
                }
            }
        }
        return new Point(threshold, labels, correct, required, found);
    }

    @Test
    void contentThresholdHasMeasuredPrecision() throws IOException {
        Assumptions.assumeTrue(SeedPassages.available(), "shared data not found at " + SeedPassages.SHARED);
        Taxonomy taxonomy = Taxonomy.loadDefault();
        ClassifierSettings s = taxonomy.classifier();
        PassageClassifier pc = PassageClassifier.rulesOnly(taxonomy);
        Map<String, Judgement> j = judgements();
        List<String[]> passages = unmarkedPassages(pc);
        assertEquals(j.size(), passages.size(), "the judgement file must cover exactly the unmarked seed passages");
        System.out.printf("content classifier on %d unmarked seed passages (%d judged to need a category)%n",
                passages.size(), j.values().stream().filter(x -> !x.required().isEmpty()).count());
        System.out.printf(Locale.ROOT, "contentThreshold (in PMQA/management context), without-context threshold "
                + "fixed at %.1f%n", s.contentThresholdWithoutContext());
        System.out.println("threshold\tlabels\tcorrect\tprecision\trecall(required)");
        Point chosen = null;
        for (double t : new double[] {1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0, 5.0}) {
            StringBuilder wrong = new StringBuilder();
            Point p = measure(taxonomy, t, s.contentThresholdWithoutContext(), passages, j, wrong);
            print(p, wrong);
            if (t == s.contentThreshold()) {
                chosen = p;
            }
        }
        System.out.printf(Locale.ROOT, "contentThresholdWithoutContext, contentThreshold fixed at %.1f%n",
                s.contentThreshold());
        for (double t : new double[] {2.0, 3.0, 4.0, 5.0, 6.0, 99.0}) {
            StringBuilder wrong = new StringBuilder();
            Point p = measure(taxonomy, s.contentThreshold(), t, passages, j, wrong);
            print(new Point(t, p.labels(), p.correct(), p.required(), p.found()), wrong);
        }
        assertNotNull(chosen, "the configured threshold is not in the measured grid");
        assertTrue(chosen.precision() >= 0.9, "precision at the configured threshold: " + chosen.precision());
    }

    private static void print(Point p, StringBuilder wrong) {
        System.out.printf(Locale.ROOT, "%.1f\t%d\t%d\t%.3f\t%.3f (%d/%d)%n", p.threshold(), p.labels(), p.correct(),
                p.precision(), p.recall(), p.found(), p.required());
        System.out.print(wrong);
    }
}
