package org.klangru.ingest.ocr;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.klangru.index.IndexStore;
import org.klangru.ingest.ExtractedDocument;
import org.klangru.ingest.ExtractionException;
import org.klangru.ingest.ExtractionLimits;
import org.klangru.ingest.FailureReason;
import org.klangru.ingest.IngestReport;
import org.klangru.ingest.Ingestor;
import org.klangru.ingest.PassageLabeler;
import org.klangru.ingest.TikaExtractor;
import org.klangru.taxonomy.Taxonomy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** Which pages go to OCR, and what a timeout does to a run (real Tesseract). */
@ExtendWith(TesseractInstalled.class)
class OcrIngestionTest {

    static OcrEngine engine(Duration timeout) throws Exception {
        Path cache = Files.createTempDirectory("klangru-ocr-cache");
        return new OcrEngine(new OcrSettings(true, "tesseract", "tha+eng", 300, 3, 100, timeout, cache));
    }

    @Test
    void aTextLayerThatLostSaraAmIsReplacedByOcr() throws Exception {
        Path pdf = OcrEngineTest.resource("ocr/broken-layer.pdf");
        String layer;
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            layer = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
        assertTrue(layer.contains("สนักงาน") && !layer.contains("\u0E33"), "the fixture's layer should have lost sara am");

        OcrEngine engine = engine(Duration.ofMinutes(10));
        ExtractedDocument read = new TikaExtractor(ExtractionLimits.DEFAULT, engine).extract(pdf);
        assertEquals(Set.of(1), read.ocrPages());
        assertEquals(1, engine.tesseractRuns());
        String text = read.fullText();
        for (String word : new String[] {"สำนักงาน", "ดำเนินการ", "สำหรับหน่วยงาน", "กำหนดเป็นนโยบาย"}) {
            assertTrue(text.contains(word), word + " not in " + text);
        }
    }

    @Test
    void withoutOcrAPdfWithNoUsablePageNeedsIt() {
        Path pdf = OcrEngineTest.resource("ocr/broken-layer.pdf");
        OcrEngine missing = new OcrEngine(new OcrSettings(true, "/nonexistent/tesseract", "tha+eng", 300, 3, 100,
                Duration.ofMinutes(1), null));
        ExtractionException e = assertThrows(ExtractionException.class,
                () -> new TikaExtractor(ExtractionLimits.DEFAULT, missing).extract(pdf));
        assertEquals(FailureReason.NEEDS_OCR, e.reason());
    }

    @Test
    void aGoodTextLayerIsNotOcrd() throws Exception {
        OcrEngine engine = engine(Duration.ofMinutes(10));
        ExtractedDocument doc = new TikaExtractor(ExtractionLimits.DEFAULT, engine)
                .extract(OcrEngineTest.resource("formats/sample.pdf"));
        assertTrue(doc.ocrPages().isEmpty());
        assertEquals(0, engine.tesseractRuns());
    }

    @Test
    void aFileThatRunsOutOfTimeIsReportedAndTheOthersAreIndexed() throws Exception {
        Path work = Files.createTempDirectory("klangru-ocr-timeout");
        Path corpus = Files.createDirectories(work.resolve("corpus"));
        Files.copy(OcrEngineTest.resource("ocr/seed004.page1.png"), corpus.resolve("scan.png"));
        Files.copy(OcrEngineTest.resource("formats/sample.txt"), corpus.resolve("sample.txt"));
        Files.copy(OcrEngineTest.resource("formats/sample.html"), corpus.resolve("sample.html"));
        try (IndexStore store = IndexStore.openWritable(work.resolve("index"), "test", org.klangru.analysis.AnalyzerChoice.KLANGRU)) {
            long t0 = System.nanoTime();
            IngestReport report = new Ingestor(store, new TikaExtractor(ExtractionLimits.DEFAULT, engine(Duration.ofSeconds(2))),
                    new PassageLabeler(Taxonomy.loadDefault()), 2).ingest(corpus);
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertEquals(2, report.added(), report.summary());
            assertEquals(1, report.failures().size(), report.summary());
            assertEquals(FailureReason.OCR_TIMEOUT, report.failures().get(0).reason(), report.summary());
            assertTrue(seconds < 20, "the run took " + seconds + " s");
            assertEquals(0, ProcessHandle.current().descendants()
                    .filter(p -> p.info().command().orElse("").endsWith("tesseract")).count(), "a tesseract is still running");
        }
    }
}
