package org.klangru.ingest.ocr;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.*;

/** The engine's answers when Tesseract is missing, and its time limit. */
class OcrEngineTest {
    static final Path PNG = resource("ocr/seed004.page1.png");

    static OcrSettings settings(String program, String languages, Duration timeout) {
        return new OcrSettings(true, program, languages, 300, 3, 100, timeout, null);
    }

    @Test
    void aMissingProgramIsReportedWithTheInstallCommand() {
        OcrEngine e = new OcrEngine(settings("/nonexistent/bin/tesseract", "tha+eng", Duration.ofMinutes(1)));
        String why = e.unavailable().orElseThrow();
        assertTrue(why.contains("/nonexistent/bin/tesseract"), why);
        assertTrue(why.contains("apt-get install tesseract-ocr tesseract-ocr-tha"), why);
        OcrException x = assertThrows(OcrException.class, () -> e.readImage(PNG, "ab".repeat(32)));
        assertEquals(OcrException.Kind.UNAVAILABLE, x.kind());
        assertEquals(0, e.tesseractRuns());
    }

    @Test
    void turnedOffIsNotAnInstallProblem() {
        String why = OcrEngine.disabled().unavailable().orElseThrow();
        assertTrue(why.contains("klangru.ocr.enabled=false"), why);
    }

    @Test
    void settingsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> settings("tesseract", "tha;rm -rf", Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class,
                () -> new OcrSettings(true, "tesseract", "tha", 5, 3, 1, Duration.ofSeconds(1), null));
    }

    @Nested
    @ExtendWith(TesseractInstalled.class)
    class WithTesseract {
        @Test
        void aMissingLanguageIsNamed() {
            String why = new OcrEngine(settings("tesseract", "tha+xqz", Duration.ofMinutes(1))).unavailable().orElseThrow();
            assertTrue(why.contains("xqz") && !why.contains("tha,"), why);
        }

        @Test
        void theProcessIsKilledAtTheTimeLimit() {
            OcrEngine e = new OcrEngine(settings("tesseract", "tha+eng", Duration.ofMillis(1500)));
            assertTrue(e.available());
            long t0 = System.nanoTime();
            OcrException x = assertThrows(OcrException.class, () -> e.readImage(PNG, "cd".repeat(32)));
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertEquals(OcrException.Kind.TIMEOUT, x.kind(), x.getMessage());
            assertTrue(seconds < 10, "took " + seconds + " s");
            assertEquals(0, ProcessHandle.current().descendants()
                    .filter(p -> p.info().command().orElse("").endsWith("tesseract")).count(), "a tesseract is still running");
        }
    }

    static Path resource(String name) {
        try {
            return Path.of(OcrEngineTest.class.getResource("/" + name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
