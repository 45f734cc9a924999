package org.klangru.taxonomy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Labelling reads the seven models' weights from one table ({@link ModelWeights}) instead of OpenNLP's models: the
 * probabilities and the words a label names must be OpenNLP's own, on every paragraph the model was trained on and
 * every line of the seed corpus, with and without a title.
 */
class CategoryModelWeightsTest {
    static Taxonomy taxonomy;
    /** The shipped model file read with its OpenNLP models kept. */
    static CategoryModel model;
    static List<String[]> passages;

    @BeforeAll
    static void read() throws IOException {
        taxonomy = Taxonomy.loadDefault();
        try (InputStream in = CategoryModel.class.getResourceAsStream(CategoryModel.RESOURCE)) {
            model = CategoryModel.read(in, taxonomy);
        }
        passages = new ArrayList<>();
        for (CategoryModelTrainer.Example e : CategoryModelTrainer.readAll(CategoryModelTest.TRAINING)) {
            passages.add(new String[] {e.text(), e.title()});
        }
        if (SeedPassages.available()) {
            for (Path f : SeedPassages.seedFiles()) {
                String title = f.getFileName().toString();
                for (String line : Files.readAllLines(f)) {
                    if (!line.isBlank()) {
                        passages.add(new String[] {line, title});
                        passages.add(new String[] {line, null});
                    }
                }
            }
        }
    }

    @Test
    void theTableGivesOpenNlpsProbabilitiesOnEveryTrainingParagraphAndSeedLine() {
        assertTrue(passages.size() > 6_000, "passages read: " + passages.size());
        int compared = 0;
        double largest = 0;
        for (String[] p : passages) {
            double[] expected = model.openNlpProbabilities(p[0], p[1]);
            double[] actual = model.probabilities(p[0], p[1]);
            for (int c = 1; c <= 7; c++) {
                largest = Math.max(largest, Math.abs(expected[c] - actual[c]));
                assertEquals(expected[c], actual[c], 1e-9, "category " + c + " of \"" + p[0] + "\" under " + p[1]);
                compared++;
            }
        }
        // the sums are taken in OpenNLP's order and normalised as it does: not close, the same
        assertEquals(0.0, largest, "largest difference over " + compared + " probabilities");
    }

    @Test
    void theShippedModelScoresAsOpenNlpWithTheSameWords() {
        CategoryModel shipped = CategoryModel.shipped(taxonomy);
        int labelled = 0;
        for (String[] p : passages) {
            double[] expected = model.openNlpProbabilities(p[0], p[1]);
            for (CategoryModel.Score s : shipped.score(p[0], p[1])) {
                assertEquals(expected[s.category()], s.probability(), 1e-9, p[0]);
                if (s.probability() >= shipped.searchThreshold()) {
                    assertEquals(model.openNlpStrongest(s.category(), p[0], p[1]), s.words(), p[0]);
                    labelled++;
                }
            }
        }
        assertTrue(labelled > 1_000, "labels compared: " + labelled);
    }

    @Test
    void aTitleRememberedForOnePassageIsNotUsedForTheNext() {
        CategoryModel shipped = CategoryModel.shipped(taxonomy);
        String text = "เจ้าหน้าที่แลกเปลี่ยนเรียนรู้ในชุมชนนักปฏิบัติ";
        double[] underKm = shipped.probabilities(text, "วันจัดการความรู้ KM DAY");
        double[] underFestival = shipped.probabilities(text, "เทศกาลลอยกระทง");
        assertEquals(model.openNlpProbabilities(text, "วันจัดการความรู้ KM DAY")[4], underKm[4], 1e-9);
        assertEquals(model.openNlpProbabilities(text, "เทศกาลลอยกระทง")[4], underFestival[4], 1e-9);
        assertTrue(underKm[4] != underFestival[4], "the title weighs: " + underKm[4] + " " + underFestival[4]);
    }

    @Test
    void theShippedModelCannotBeWrittenWithoutItsOpenNlpModels() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> CategoryModel.shipped(taxonomy).writeTo(new java.io.ByteArrayOutputStream()));
        assertTrue(e.getMessage().contains("read()"), e.getMessage());
    }
}
