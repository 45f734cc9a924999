package org.klangru.ingest.ocr;

import org.klangru.text.ThaiTextRepair;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** A tool (not a test): OCR the seed scan with given settings and print raw and repaired scores. */
final class OcrProbe {
    public static void main(String[] args) throws Exception {
        Path seeds = Path.of("../shared/corpus/seeds");
        String ref = Files.readString(seeds.resolve("004_d7880ede011fff30.txt"));
        int dpi = Integer.parseInt(args[0]);
        int psm = Integer.parseInt(args[1]);
        OcrEngine e = new OcrEngine(new OcrSettings(true, "tesseract", "tha+eng", dpi, psm, 100, Duration.ofMinutes(10), null));
        for (String f : new String[] {"seed004.scanned.pdf", "seed004.page1.png"}) {
            Path file = seeds.resolve("formats").resolve(f);
            long t0 = System.nanoTime();
            OcrEngine.Pages pages = f.endsWith(".pdf") ? e.readPdf(file, "x", p -> OcrEngine.Layer.NONE) : e.readImage(file, "x");
            double s = (System.nanoTime() - t0) / 1e9;
            String raw = String.join("\n", pages.texts().values());
            String fixed = ThaiTextRepair.repair(raw);
            System.out.printf("%-22s dpi %d psm %d: %.1f s  CER raw %.2f%% repaired %.2f%%  find raw %.2f%% repaired %.2f%%%n",
                    f, dpi, psm, s, 100 * OcrScores.cer(ref, raw), 100 * OcrScores.cer(ref, fixed),
                    100 * OcrScores.findability(ref, raw), 100 * OcrScores.findability(ref, fixed));
            System.out.println("  lost: " + OcrScores.lost(ref, fixed));
            if (args.length > 2) {
                Files.writeString(Path.of(args[2] + "-" + f + ".txt"), fixed);
            }
        }
    }
}
