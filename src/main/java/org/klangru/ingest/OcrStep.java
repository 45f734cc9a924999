package org.klangru.ingest;

import org.klangru.ingest.ocr.OcrEngine;
import org.klangru.ingest.ocr.OcrException;
import org.klangru.passage.Block;
import org.klangru.text.OcrSpacing;
import org.klangru.text.TextLayerQuality;
import org.klangru.text.ThaiTextRepair;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The OCR part of extraction: images are read by OCR; a PDF's pages without a usable text layer (none, or too
 * broken for repair to save) are read by OCR and their blocks replaced. OCR text goes through the same Thai
 * repair as every other text. Thread-safe.
 */
final class OcrStep {
    private static final Logger LOG = LoggerFactory.getLogger(OcrStep.class);

    /** Image types Tesseract (Leptonica) reads. */
    static final Set<String> IMAGE_TYPES = Set.of("image/png", "image/jpeg", "image/tiff", "image/bmp",
            "image/x-ms-bmp", "image/webp");
    static final String PDF = "application/pdf";

    private final OcrEngine engine;

    OcrStep(OcrEngine engine) {
        this.engine = engine;
    }

    /** The blocks of a file after OCR, and the pages OCR read. */
    record Result(List<Block> blocks, Set<Integer> ocrPages) {}

    boolean applies(String mediaType) {
        return mediaType.equals(PDF) || IMAGE_TYPES.contains(mediaType);
    }

    /** A failure that OCR may now get past: a scan reported before OCR could run, or a timed-out one. */
    boolean worthRetrying(FailureReason reason) {
        return (reason == FailureReason.NEEDS_OCR || reason == FailureReason.OCR_TIMEOUT
                || reason == FailureReason.NO_TEXT) && engine.available();
    }

    /**
     * @param blocks      the repaired blocks of the file's own text (none for an image)
     * @param pageCount   the PDF's pages as Tika counted them, 0 when unknown
     * @param contentHash SHA-256 of the file, the cache key; computed here when null
     */
    Result apply(Path file, String contentHash, String mediaType, List<Block> blocks, int pageCount)
            throws ExtractionException {
        if (mediaType.equals(PDF)) {
            return pdf(file, contentHash, blocks, pageCount);
        }
        if (!blocks.isEmpty()) {
            return new Result(blocks, Set.of()); // an image with text of its own (a comment): keep it
        }
        try {
            OcrEngine.Pages pages = engine.readImage(file, hash(file, contentHash));
            return merge(new TreeMap<>(), pages.texts());
        } catch (OcrException e) {
            throw failure(e);
        }
    }

    private Result pdf(Path file, String contentHash, List<Block> blocks, int pageCount) throws ExtractionException {
        SortedMap<Integer, List<Block>> byPage = new TreeMap<>();
        for (Block b : blocks) {
            byPage.computeIfAbsent(b.page(), p -> new ArrayList<>()).add(b);
        }
        int pages = Math.max(pageCount, byPage.isEmpty() ? 0 : byPage.lastKey());
        Map<Integer, OcrEngine.Layer> layers = new TreeMap<>();
        int usable = 0;
        for (int p = 1; p <= pages; p++) {
            OcrEngine.Layer l = layer(byPage.get(p));
            layers.put(p, l);
            if (l == OcrEngine.Layer.USABLE) {
                usable++;
            }
        }
        if (usable == pages && pages > 0) {
            return new Result(blocks, Set.of());
        }
        var unavailable = engine.unavailable();
        if (unavailable.isPresent()) {
            if (usable == 0) {
                throw new ExtractionException(FailureReason.NEEDS_OCR, unavailable.get(), null);
            }
            LOG.warn("{}: {} of {} pages have no usable text and OCR is unavailable; indexed without them",
                    file.getFileName(), pages - usable, pages);
            return new Result(blocks, Set.of());
        }
        try {
            OcrEngine.Pages read = engine.readPdf(file, hash(file, contentHash),
                    p -> layers.getOrDefault(p, OcrEngine.Layer.NONE));
            if (read.leftOut() > 0) {
                LOG.warn("{}: {} pages past klangru.ocr.page-limit were not read", file.getFileName(), read.leftOut());
            }
            return merge(byPage, read.texts());
        } catch (OcrException e) {
            throw failure(e);
        }
    }

    /** What a page's own text is worth. */
    static OcrEngine.Layer layer(List<Block> pageBlocks) {
        if (pageBlocks == null || pageBlocks.isEmpty()) {
            return OcrEngine.Layer.NONE;
        }
        StringBuilder sb = new StringBuilder();
        for (Block b : pageBlocks) {
            sb.append(b.text()).append('\n');
        }
        TextLayerQuality.Assessment a = TextLayerQuality.assess(sb.toString());
        if (a.usable()) {
            return OcrEngine.Layer.USABLE;
        }
        return a.empty() ? OcrEngine.Layer.NONE : OcrEngine.Layer.BROKEN;
    }

    /** The text layer's blocks, with each page OCR read (and found text on) replaced by its OCR blocks. */
    static Result merge(SortedMap<Integer, List<Block>> byPage, SortedMap<Integer, String> ocrTexts) {
        Set<Integer> pages = new TreeSet<>(byPage.keySet());
        pages.addAll(ocrTexts.keySet());
        List<Block> out = new ArrayList<>();
        Set<Integer> ocrPages = new TreeSet<>();
        for (int p : pages) {
            List<Block> fromOcr = ocrTexts.containsKey(p) ? ocrBlocks(ocrTexts.get(p), p) : List.of();
            if (!fromOcr.isEmpty()) {
                out.addAll(fromOcr);
                ocrPages.add(p);
            } else {
                out.addAll(byPage.getOrDefault(p, List.of()));
            }
        }
        return new Result(out, ocrPages);
    }

    /**
     * Tesseract's text of one page, letter-spaced Thai joined ({@link OcrSpacing}), as paragraphs
     * ({@link OcrParagraphs}), repaired; a line break inside a
     * paragraph is the page's layout, so what repair leaves of it becomes a space (as for PDF text).
     */
    static List<Block> ocrBlocks(String raw, int page) {
        List<Block> out = new ArrayList<>();
        for (String para : OcrParagraphs.split(OcrSpacing.join(raw))) {
            String text = ThaiTextRepair.repair(para).replace('\n', ' ').strip();
            if (!text.isEmpty()) {
                out.add(new Block(Block.Kind.PARAGRAPH, text, 0, page));
            }
        }
        return out;
    }

    private static String hash(Path file, String contentHash) throws ExtractionException {
        if (contentHash != null) {
            return contentHash;
        }
        try {
            return Fingerprints.contentHash(file);
        } catch (IOException e) {
            throw new ExtractionException(FailureReason.IO_ERROR, e.getMessage(), e);
        }
    }

    private static ExtractionException failure(OcrException e) {
        return switch (e.kind()) {
            case UNAVAILABLE -> new ExtractionException(FailureReason.NEEDS_OCR, e.getMessage(), e);
            case TIMEOUT -> new ExtractionException(FailureReason.OCR_TIMEOUT, e.getMessage(), e);
            case FAILED -> new ExtractionException(FailureReason.CORRUPT, "OCR: " + e.getMessage(), e);
        };
    }
}
