package org.klangru.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code klangru train-categories}: a model from a folder of judged paragraphs, and a clear answer without any. */
class TrainCategoriesCommandTest {

    private static String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TrainCategoriesCommand command = new TrainCategoriesCommand();
        command.console = new PrintStream(out, true, StandardCharsets.UTF_8);
        int code = new picocli.CommandLine(command).execute(args);
        return code + "\n" + out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void trainsAModelFromTheJudgedParagraphsOfAFolder(@TempDir Path dir) throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        List<String> lines = Files.readAllLines(Path.of("src/main/training/categories/news-judged.tsv"));
        Files.write(data.resolve("part.tsv"), lines.subList(0, 200)); // the comment lines and 197 paragraphs
        Path model = dir.resolve("model.zip");

        String out = run("--data", data.toString(), "--out", model.toString());

        assertTrue(out.startsWith("0\n"), out);
        assertTrue(out.contains("197 training paragraphs") && out.contains("threshold 0.10: P"), out);
        try (ZipFile zip = new ZipFile(model.toFile())) {
            assertEquals(8, zip.size(), "model.properties and one model per category");
            assertTrue(zip.getEntry("model.properties") != null && zip.getEntry("category-7.bin") != null);
        }
    }

    @Test
    void withoutTrainingDataItSaysSoAndWritesNothing(@TempDir Path dir) {
        Path model = dir.resolve("model.zip");
        String out = run("--data", dir.resolve("none").toString(), "--out", model.toString());
        assertTrue(out.startsWith("2\n") && out.contains("ไม่พบข้อมูลฝึก"), out);
        assertTrue(Files.notExists(model));
    }
}
