package org.klangru.ingest.ocr;

import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.klangru.ingest.ExtractedDocument;
import org.klangru.ingest.ExtractionLimits;
import org.klangru.ingest.TikaExtractor;
import org.klangru.text.ThaiTextRepair;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The measure: character error rate and word findability of the OCR text of seed 004's scanned PDF and its
 * page-1 PNG against the original text (the whole original is page 1), raw from Tesseract, with only sara am
 * composed, and after the project's Thai repair as ingestion does it; and seconds per page. Prints a table (also in
 * docs/benchmarks.md). With {@code -Dklangru.ocr.compare-tika=true} it also runs Tika's own Tesseract integration
 * (PDFParser OCR_ONLY at 300 dpi, TesseractOCRParser for the PNG) on the same files for comparison.
 */
@ExtendWith(TesseractInstalled.class)
class OcrQualityTest {
    static final double MAX_CER = 0.03;
    static final double MIN_FINDABLE = 0.97;

    @Test
    void ocrTextOfTheSeedScanMeetsTheBars() throws Exception {
        String reference = Files.readString(OcrEngineTest.resource("ocr/seed004.txt"));
        Path cache = Files.createTempDirectory("klangru-ocr-quality");
        OcrEngine engine = new OcrEngine(new OcrConfig().settings(cache.getParent()).withCacheDir(cache));
        TikaExtractor extractor = new TikaExtractor(ExtractionLimits.DEFAULT, engine);
        StringBuilder table = new StringBuilder(String.format("%n%-22s %-22s %7s %9s %10s%n",
                "file", "text", "CER", "findable", "s/page"));
        List<Executable> checks = new ArrayList<>();
        for (String name : List.of("seed004.scanned.pdf", "seed004.page1.png")) {
            Path file = OcrEngineTest.resource("ocr/" + name);
            String hash = org.klangru.ingest.Fingerprints.contentHash(file);
            long t0 = System.nanoTime();
            OcrEngine.Pages pages = name.endsWith(".pdf")
                    ? engine.readPdf(file, hash, p -> OcrEngine.Layer.NONE) : engine.readImage(file, hash);
            double seconds = (System.nanoTime() - t0) / 1e9 / pages.texts().size();
            String raw = String.join("\n", pages.texts().values());
            long runs = engine.tesseractRuns();
            ExtractedDocument doc = extractor.extract(file, hash); // the ingestion path, from the cache
            String repaired = doc.fullText();
            table.append(row(name, "Tesseract raw", reference, raw, seconds));
            table.append(row("", "sara am composed", reference, raw.replace("\u0E4D\u0E32", "\u0E33"), Double.NaN));
            table.append(row("", "repaired (ingested)", reference, repaired, Double.NaN));
            long after = engine.tesseractRuns();
            checks.add(() -> assertEquals(runs, after, name + ": extraction ran OCR again"));
            checks.add(() -> assertEquals(java.util.Set.of(1), doc.ocrPages(), name));
            checks.add(() -> assertTrue(OcrScores.cer(reference, repaired) <= MAX_CER,
                    () -> String.format("%s: CER %.2f%% > %.0f%%", name, 100 * OcrScores.cer(reference, repaired), 100 * MAX_CER)));
            checks.add(() -> assertTrue(OcrScores.findability(reference, repaired) >= MIN_FINDABLE,
                    () -> String.format("%s: findable %.2f%% < %.0f%%, lost %s", name,
                            100 * OcrScores.findability(reference, repaired), 100 * MIN_FINDABLE,
                            OcrScores.lost(reference, repaired))));
        }
        if (Boolean.getBoolean("klangru.ocr.compare-tika")) {
            for (String name : List.of("seed004.scanned.pdf", "seed004.page1.png")) {
                long t0 = System.nanoTime();
                String text = tikaOcr(OcrEngineTest.resource("ocr/" + name));
                double seconds = (System.nanoTime() - t0) / 1e9;
                table.append(row(name, "Tika's Tesseract, raw", reference, text, seconds));
                table.append(row("", "Tika's, repaired", reference, ThaiTextRepair.repair(text), Double.NaN));
                table.append(row("", "Tika's, spacing+repair", reference,
                        ThaiTextRepair.repair(org.klangru.text.OcrSpacing.join(text)), Double.NaN));
            }
        }
        System.out.println(table);
        assertAll(checks);
    }

    private static String row(String file, String what, String reference, String text, double secondsPerPage) {
        return String.format("%-22s %-22s %6.2f%% %8.2f%% %10s%n", file, what, 100 * OcrScores.cer(reference, text),
                100 * OcrScores.findability(reference, text), Double.isNaN(secondsPerPage) ? "" : String.format("%.1f", secondsPerPage));
    }

    /** Tika's own route: the default parsers with Tesseract, tha+eng, PDF pages rendered at 300 dpi and OCR'd. */
    private static String tikaOcr(Path file) throws Exception {
        TesseractOCRConfig tess = new TesseractOCRConfig();
        tess.setLanguage("tha+eng");
        tess.setTimeoutSeconds((int) Duration.ofMinutes(10).toSeconds());
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.OCR_ONLY);
        pdf.setOcrDPI(300);
        ParseContext context = new ParseContext();
        context.set(TesseractOCRConfig.class, tess);
        context.set(PDFParserConfig.class, pdf);
        BodyContentHandler text = new BodyContentHandler(-1);
        try (TikaInputStream in = TikaInputStream.get(file)) {
            new AutoDetectParser().parse(in, text, new Metadata(), context);
        }
        return text.toString();
    }
}
