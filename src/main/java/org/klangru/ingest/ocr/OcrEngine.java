package org.klangru.ingest.ocr;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.IntFunction;

/**
 * Reads scanned PDF pages and image files with Tesseract: decides which PDF pages need it, renders them with
 * PDFBox, runs Tesseract under the file's time limit and caches each page's text by content hash. Thread-safe;
 * each call works on its own file.
 *
 * <p>Returns Tesseract's raw text; the caller repairs it like any other extracted text.
 */
public final class OcrEngine {
    private static final Logger LOG = LoggerFactory.getLogger(OcrEngine.class);

    /** The install command named in "needs OCR" reports (Debian and Ubuntu package names). */
    public static final String INSTALL_COMMAND = "apt-get install tesseract-ocr tesseract-ocr-tha";

    /** Cache page number of an image file's whole output (pages separated by form feeds). */
    private static final int WHOLE_IMAGE = 0;

    private final OcrSettings settings;
    private final Tesseract tesseract;
    private final OcrCache cache;
    private volatile Tesseract.Probe probe;

    public OcrEngine(OcrSettings settings) {
        this.settings = settings;
        this.tesseract = new Tesseract(settings.tesseract(), settings.languages(), settings.pageSegMode());
        this.cache = new OcrCache(settings.cacheDir(), OcrCache.settingsKey(settings));
    }

    /** An engine that reads nothing: every file that needs OCR is reported. */
    public static OcrEngine disabled() {
        return new OcrEngine(OcrSettings.DISABLED);
    }

    public OcrSettings settings() {
        return settings;
    }

    /** What a PDF page's own text layer is worth, as the extractor judged it. */
    public enum Layer {
        /** Text that repair made good: no OCR. */
        USABLE,
        /** Text, but too broken to index (e.g. sara am lost in most words): OCR reads the rendered page. */
        BROKEN,
        /** No text (or a page number only): OCR reads the page if it draws an image. */
        NONE
    }

    /**
     * Why OCR cannot run, Thai first, with the install command; empty when it can. Checks the program once,
     * on first use.
     */
    public Optional<String> unavailable() {
        if (!settings.enabled()) {
            return Optional.of("ปิด OCR ไว้ (OCR is turned off: klangru.ocr.enabled=false)");
        }
        Tesseract.Probe p = probe();
        if (p.ready()) {
            return Optional.empty();
        }
        return Optional.of(p.problem() + "; ติดตั้งด้วย (install with): " + INSTALL_COMMAND);
    }

    public boolean available() {
        return unavailable().isEmpty();
    }

    /** The Tesseract version line, when it runs. */
    public Optional<String> version() {
        return settings.enabled() ? Optional.ofNullable(probe().version()) : Optional.empty();
    }

    private Tesseract.Probe probe() {
        Tesseract.Probe p = probe;
        if (p == null) {
            synchronized (this) {
                p = probe;
                if (p == null) {
                    p = tesseract.probe();
                    probe = p;
                    if (p.ready()) {
                        LOG.info("OCR: {} ({})", p.version(), settings.languages());
                    } else {
                        LOG.warn("OCR unavailable: {}", p.problem());
                    }
                }
            }
        }
        return p;
    }

    /** Tesseract processes this engine has started (the cache saves the rest). */
    public long tesseractRuns() {
        return tesseract.runs();
    }

    /**
     * What OCR read.
     *
     * @param texts          raw text by 1-based page
     * @param fromCache      pages taken from the cache
     * @param leftOut        pages that needed OCR but were past {@code klangru.ocr.page-limit}
     */
    public record Pages(SortedMap<Integer, String> texts, int fromCache, int leftOut) {}

    /** Reads an image file (PNG, JPEG, TIFF; a multi-page TIFF gives several pages). */
    public Pages readImage(Path file, String contentHash) throws OcrException {
        requireAvailable();
        long deadline = System.nanoTime() + settings.timeout().toNanos();
        Optional<String> cached = cache.get(contentHash, WHOLE_IMAGE);
        String raw;
        if (cached.isPresent()) {
            raw = cached.get();
        } else {
            raw = tesseract.recognize(file, 0, deadline);
            cache.put(contentHash, WHOLE_IMAGE, raw);
        }
        SortedMap<Integer, String> texts = new TreeMap<>();
        String[] pages = raw.split("\f", -1);
        int limit = settings.pageLimit() > 0 ? settings.pageLimit() : Integer.MAX_VALUE;
        int leftOut = 0;
        for (int i = 0; i < pages.length; i++) {
            if (i == pages.length - 1 && pages[i].isBlank() && i > 0) {
                break; // Tesseract ends a multi-page output with a form feed
            }
            if (texts.size() < limit) {
                texts.put(i + 1, pages[i]);
            } else {
                leftOut++;
            }
        }
        return new Pages(texts, cached.isPresent() ? texts.size() : 0, leftOut);
    }

    /**
     * Reads the pages of a PDF whose own text layer is not usable: {@link Layer#BROKEN} pages always,
     * {@link Layer#NONE} pages when they draw an image. At most {@code page-limit} pages, within the file's time
     * limit; each page's text is cached as soon as it is read, so a timed-out file continues where it stopped.
     *
     * @param layer the extractor's judgement of page n (1-based)
     * @throws OcrException TIMEOUT with how many pages were done, UNAVAILABLE, or FAILED
     */
    public Pages readPdf(Path file, String contentHash, IntFunction<Layer> layer) throws OcrException {
        requireAvailable();
        long deadline = System.nanoTime() + settings.timeout().toNanos();
        SortedMap<Integer, String> texts = new TreeMap<>();
        int fromCache = 0;
        try (PdfPages pdf = new PdfPages(file)) {
            List<Integer> wanted = new ArrayList<>();
            for (int page = 1; page <= pdf.pageCount(); page++) {
                Layer l = layer.apply(page);
                if (l == Layer.BROKEN || l == Layer.NONE && pdf.hasImage(page)) {
                    wanted.add(page);
                }
            }
            int limit = settings.pageLimit() > 0 ? Math.min(settings.pageLimit(), wanted.size()) : wanted.size();
            for (int i = 0; i < limit; i++) {
                int page = wanted.get(i);
                Optional<String> cached = cache.get(contentHash, page);
                if (cached.isPresent()) {
                    texts.put(page, cached.get());
                    fromCache++;
                    continue;
                }
                String raw;
                try {
                    raw = readPage(pdf, page, deadline);
                } catch (OcrException e) {
                    if (e.kind() == OcrException.Kind.TIMEOUT) {
                        throw new OcrException(OcrException.Kind.TIMEOUT, String.format(
                                "%d of %d pages read in %d s; the next run continues from the cache",
                                i, limit, settings.timeout().toSeconds()), e);
                    }
                    throw e;
                }
                cache.put(contentHash, page, raw);
                texts.put(page, raw);
            }
            return new Pages(texts, fromCache, wanted.size() - limit);
        } catch (IOException e) {
            throw new OcrException(OcrException.Kind.FAILED, "cannot render the PDF for OCR: " + e.getMessage(), e);
        }
    }

    private String readPage(PdfPages pdf, int page, long deadline) throws OcrException, IOException {
        Path image = Files.createTempFile("klangru-page-", ".pgm");
        try {
            int dpi = pdf.renderDpi(page, settings.dpi());
            try {
                pdf.renderGrey(page, dpi, image);
            } catch (IOException | RuntimeException e) {
                throw new OcrException(OcrException.Kind.FAILED, "page " + page + " could not be rendered: " + e, e);
            }
            return tesseract.recognize(image, dpi, deadline);
        } finally {
            Files.deleteIfExists(image);
        }
    }

    private void requireAvailable() throws OcrException {
        Optional<String> why = unavailable();
        if (why.isPresent()) {
            throw new OcrException(OcrException.Kind.UNAVAILABLE, why.get(), null);
        }
    }
}
