package org.klangru.cli;

import org.klangru.taxonomy.CategoryModel;
import org.klangru.taxonomy.CategoryModelTrainer;
import org.klangru.taxonomy.Taxonomy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code klangru train-categories}: rebuilds the category model from the hand-judged training paragraphs, prints its
 * cross-validated precision and recall, and writes the model resource that the next build ships.
 */
@Command(name = "train-categories", mixinStandardHelpOptions = true,
        description = "ฝึกโมเดลจัดหมวดจากย่อหน้าที่ตัดสินด้วยมือ แล้ววัดผลแบบ cross-validation "
                + "(train the category model from hand-judged paragraphs, with cross-validation)")
public final class TrainCategoriesCommand implements Callable<Integer> {
    @Option(names = "--data", description = "training TSV file or folder of them (default: ${DEFAULT-VALUE})",
            defaultValue = "src/main/training/categories")
    Path data;

    @Option(names = "--out", description = "model file to write (default: ${DEFAULT-VALUE})",
            defaultValue = "src/main/resources/org/klangru/taxonomy/category-model.zip")
    Path out;

    @Option(names = "--l2", description = "L2 regularisation (default: ${DEFAULT-VALUE})", defaultValue = "1.0")
    double l2;

    PrintStream console = System.out;

    @Override
    public Integer call() throws IOException {
        List<Path> files = CategoryModelTrainer.trainingFiles(data);
        if (files.isEmpty()) {
            console.println("ไม่พบข้อมูลฝึก (no training data) at " + data);
            return 2;
        }
        List<CategoryModelTrainer.Example> examples = CategoryModelTrainer.read(files);
        CategoryModelTrainer.Settings d = CategoryModelTrainer.Settings.defaults().withL2(l2);
        CategoryModelTrainer trainer = new CategoryModelTrainer(Taxonomy.loadDefault(), d);
        console.println(examples.size() + " training paragraphs from " + files.size() + " file(s)");
        double[][] cv = trainer.crossValidated(examples);
        console.println("cross-validated (" + d.folds() + " folds, a document's paragraphs in one fold), every paragraph:");
        CategoryModelTrainer.curve(examples, cv).forEach(m -> console.println("  " + m.describe()));
        console.println("paragraphs of documents about public-sector management (the thresholds are chosen here):");
        CategoryModelTrainer.tuningCurve(examples, cv).forEach(m -> console.println("  " + m.describe()));
        CategoryModel model = trainer.train(examples, cv);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream o = Files.newOutputStream(out)) {
            model.writeTo(o);
        }
        console.println("model " + model.version() + " → " + out + " (search threshold " + model.searchThreshold()
                + ", evidence threshold " + model.evidenceThreshold() + ")");
        return 0;
    }
}
