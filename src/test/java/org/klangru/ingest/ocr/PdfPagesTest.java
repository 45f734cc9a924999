package org.klangru.ingest.ocr;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** What OCR looks at in a PDF page (no Tesseract needed). */
class PdfPagesTest {

    @Test
    void aScanIsRenderedAtItsOwnResolutionUpToTheSetting() throws Exception {
        try (PdfPages pdf = new PdfPages(OcrEngineTest.resource("ocr/seed004.scanned.pdf"))) {
            assertEquals(1, pdf.pageCount());
            assertTrue(pdf.hasImage(1));
            assertEquals(200, pdf.renderDpi(1, 300), "the 200-dpi scan is not resampled");
            assertEquals(150, pdf.renderDpi(1, 150));
        }
    }

    @Test
    void aPageOfTextIsRenderedAtTheSetting() throws Exception {
        try (PdfPages pdf = new PdfPages(OcrEngineTest.resource("formats/sample.pdf"))) {
            assertFalse(pdf.hasImage(1));
            assertEquals(300, pdf.renderDpi(1, 300));
        }
    }

    @Test
    void aRenderedPageIsAGreyPgm() throws Exception {
        Path out = Files.createTempFile("page", ".pgm");
        try (PdfPages pdf = new PdfPages(OcrEngineTest.resource("ocr/broken-layer.pdf"))) {
            int dpi = pdf.renderDpi(1, 300);
            pdf.renderGrey(1, dpi, out);
            byte[] bytes = Files.readAllBytes(out);
            String[] header = new String(bytes, 0, 20, java.nio.charset.StandardCharsets.US_ASCII).split("\n", 4);
            assertEquals("P5", header[0]);
            String[] size = header[1].split(" ");
            int w = Integer.parseInt(size[0]);
            int h = Integer.parseInt(size[1]);
            assertTrue(Math.abs(w - 1654) <= 2 && Math.abs(h - 1063) <= 2, header[1] + ": the 200-dpi scan at 200 dpi");
            assertEquals("255", header[2]);
            assertEquals(header[0].length() + header[1].length() + header[2].length() + 3 + (long) w * h, bytes.length);
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
