package org.klangru.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/** The shared corpus next to the project (../shared; CI has it there) and Tika extraction for tests. */
final class SharedCorpus {

    static final Path ROOT = Path.of("..", "shared", "corpus");
    static final Path SEEDS = ROOT.resolve("seeds");
    static final Path GAZETTE_PDF = ROOT.resolve("pdf-real/royal-gazette-140A022N0000000000100.pdf");
    static final Path GAZETTE_EXPECTED = ROOT.resolve("pdf-real/royal-gazette-140A022N0000000000100.expected.txt");

    private SharedCorpus() {
    }

    static boolean present() {
        return Files.isDirectory(SEEDS.resolve("formats"));
    }

    /** The original text of seed {@code n} (seeds/00n_*.txt). */
    static Path seedText(int n) throws IOException {
        String prefix = String.format("%03d_", n);
        try (var files = Files.list(SEEDS)) {
            List<Path> found = files.filter(p -> p.getFileName().toString().startsWith(prefix)
                    && p.toString().endsWith(".txt")).toList();
            if (found.size() != 1) {
                throw new IllegalStateException("expected one " + prefix + "*.txt in " + SEEDS + ", found " + found);
            }
            return found.get(0);
        }
    }

    static Path seedPdf(int n) {
        return SEEDS.resolve(String.format("formats/seed%03d.pdf", n));
    }

    /**
     * Whole text of the file's own text layer as ingestion's Tika configuration extracts it (its PDF parser
     * included), no write limit. Tika's OCR is skipped: where Tesseract is installed, Tika's defaults would OCR
     * PDF pages too (and take minutes).
     */
    static String extract(Path file) throws IOException, TikaException {
        TesseractOCRConfig noOcr = new TesseractOCRConfig();
        noOcr.setSkipOcr(true);
        ParseContext context = new ParseContext();
        context.set(TesseractOCRConfig.class, noOcr);
        BodyContentHandler text = new BodyContentHandler(-1);
        try (TikaInputStream in = TikaInputStream.get(file)) {
            parser().parse(in, text, new Metadata(), context);
        } catch (SAXException e) {
            throw new TikaException("extraction of " + file + " failed", e);
        }
        return text.toString();
    }

    private static AutoDetectParser parser;

    private static synchronized AutoDetectParser parser() throws IOException, TikaException {
        if (parser == null) {
            try (InputStream config = SharedCorpus.class.getResourceAsStream("/org/klangru/ingest/tika-config.xml")) {
                parser = new AutoDetectParser(new TikaConfig(config));
            } catch (SAXException e) {
                throw new TikaException("ingestion's tika-config.xml", e);
            }
        }
        return parser;
    }
}
