package org.klangru.taxonomy;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped category model: made from the repository's training data, kept apart from the judged sets. */
class CategoryModelTest {
    static final Path TRAINING = Path.of("src/main/training/categories");
    static Taxonomy taxonomy;
    static List<CategoryModelTrainer.Example> examples;

    @BeforeAll
    static void read() throws IOException {
        taxonomy = Taxonomy.loadDefault();
        examples = CategoryModelTrainer.readAll(TRAINING);
    }

    @Test
    void theShippedModelIsTheOneTheTrainingDataMakes() {
        String expected = new CategoryModelTrainer(taxonomy, CategoryModelTrainer.Settings.defaults()).version(examples);
        assertEquals(expected, CategoryModel.shippedVersion(),
                "training data or settings changed: rebuild the model with ./klangru train-categories");
    }

    @Test
    void theTrainingDataHoldsNoJudgedParagraph() throws IOException {
        Assumptions.assumeTrue(SeedPassages.available(), "shared data not found at " + SeedPassages.SHARED);
        List<String> judged = new ArrayList<>();
        for (String f : List.of("eval/practice/passages.tsv", "eval/practice/queries.tsv", "eval/dev-passages.tsv",
                "eval/dev-queries.tsv")) {
            for (String line : Files.readAllLines(SeedPassages.SHARED.resolve(f))) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] cols = line.split("\t");
                String subs = f.contains("passages") ? cols[1] : cols.length > 3 ? cols[3] : "";
                for (String sub : subs.split(" \\|\\| ")) {
                    if (sub.strip().length() >= 10) {
                        judged.add(key(sub));
                    }
                }
            }
        }
        assertTrue(judged.size() > 200, "read the judged substrings: " + judged.size());
        for (CategoryModelTrainer.Example e : examples) {
            String text = key(e.text());
            for (String j : judged) {
                assertFalse(text.contains(j), e.id() + " holds a judged substring: " + j);
            }
        }
    }

    private static String key(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", "").toLowerCase();
    }

    @Test
    void aParagraphAboutKnowledgeSharingIsHmuat4WithTheWordsThatWeighed() {
        PassageClassifier classifier = new PassageClassifier(taxonomy);
        Classification c = classifier.classify(new PassageContext(
                "กองส่งเสริมการเรียนรู้จัดเวทีให้เจ้าหน้าที่ผู้มีประสบการณ์ถ่ายทอดความรู้และเทคนิคการทำงาน "
                        + "แก่เพื่อนร่วมงาน แล้วรวบรวมองค์ความรู้ที่ได้ไว้ในคลังความรู้ออนไลน์ของกรม", List.of(), ""));
        CategoryLabel km = c.categories().stream().filter(l -> l.category() == 4).findFirst().orElseThrow(
                () -> new AssertionError("no หมวด 4: " + c));
        assertTrue(km.confidence() > 0 && km.confidence() <= 1, km.toString());
        assertTrue(km.why().contains("รู้") && km.why().contains("category model"), km.why());
    }

    @Test
    void aCeremonyIsAboutNoCategory() {
        Classification c = new PassageClassifier(taxonomy).classify(new PassageContext(
                "นายกรัฐมนตรีเป็นประธานในพิธีเปิดงานเทศกาลลอยกระทง ณ สวนสาธารณะริมแม่น้ำ "
                        + "มีประชาชนและนักท่องเที่ยวร่วมงานอย่างคึกคัก", List.of(), ""));
        assertEquals(List.of(), c.categoryNumbers(), c.toString());
    }

    @Test
    void aModelWrittenAndReadBackScoresTheSame(@TempDir Path dir) throws IOException {
        CategoryModelTrainer.Settings quick = CategoryModelTrainer.Settings.defaults().withTaxonomyExamples(false);
        CategoryModel model = new CategoryModelTrainer(taxonomy, quick).train(examples.subList(0, 300));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.writeTo(bytes);
        CategoryModel back = CategoryModel.read(new ByteArrayInputStream(bytes.toByteArray()), taxonomy);
        assertEquals(model.version(), back.version());
        assertEquals(model.searchThreshold(), back.searchThreshold());
        CategoryModelTrainer.Example last = examples.get(examples.size() - 1);
        assertArrayEquals(model.probabilities(last.text(), last.title()), back.probabilities(last.text(), last.title()),
                1e-12);
    }

    @Test
    void aBadTrainingLineNamesItsFileAndLine(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.tsv");
        Files.writeString(bad, "# id\tcategories\treason\ttext\nx1\t4\tKM\tการจัดการความรู้\nx2\t9\t?\tข้อความ\n");
        IOException e = assertThrows(IOException.class, () -> CategoryModelTrainer.read(List.of(bad)));
        assertTrue(e.getMessage().contains("bad.tsv line 3") && e.getMessage().contains("\"9\""), e.getMessage());
    }
}
