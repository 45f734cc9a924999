package org.klangru.ingest.ocr;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A PDF opened with PDFBox (on the classpath through Tika) to look at and render single pages. Not thread-safe:
 * one per file being read.
 */
final class PdfPages implements Closeable {
    /** A page larger than this many pixels at the asked DPI is rendered at a lower DPI (a poster, a plan). */
    static final long MAX_PIXELS = 50_000_000L;
    private static final int MAX_FORM_DEPTH = 4;

    private final PDDocument doc;
    private final PDFRenderer renderer;

    PdfPages(Path file) throws IOException {
        // scratch data goes to temp files, not the heap: a scanned PDF can hold hundreds of MB of images
        this.doc = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()), "", null, null,
                IOUtils.createTempFileOnlyStreamCache());
        this.renderer = new PDFRenderer(doc);
    }

    int pageCount() {
        return doc.getNumberOfPages();
    }

    /** True when page {@code page} (1-based) draws at least one image, directly or inside a form. */
    boolean hasImage(int page) {
        try {
            return hasImage(doc.getPage(page - 1).getResources(), 0);
        } catch (IOException | RuntimeException e) {
            return true; // unsure: let OCR look
        }
    }

    private static boolean hasImage(PDResources resources, int depth) throws IOException {
        if (resources == null || depth > MAX_FORM_DEPTH) {
            return false;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDImageXObject) {
                return true;
            }
            if (x instanceof PDFormXObject form && hasImage(form.getResources(), depth + 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The DPI page {@code page} is rendered at: {@code dpi}; the scan's own resolution when the page is one image
     * of lower resolution (no resampling: on the seed scan, 200 dpi rendered at 200 read better than at 300 or
     * 400); less when the page is very large.
     */
    int renderDpi(int page, int dpi) {
        PDPage p = doc.getPage(page - 1);
        PDRectangle box = p.getCropBox();
        double inches2 = (box.getWidth() / 72.0) * (box.getHeight() / 72.0);
        int scan = scanDpi(p);
        int wanted = scan > 0 ? Math.max(MIN_SCAN_DPI, Math.min(dpi, scan)) : dpi;
        double pixels = inches2 * wanted * wanted;
        if (pixels <= MAX_PIXELS || inches2 <= 0) {
            return wanted;
        }
        return Math.max(72, (int) Math.floor(Math.sqrt(MAX_PIXELS / inches2)));
    }

    /** Scans of lower resolution than this are still rendered at this, to give Tesseract letters big enough. */
    static final int MIN_SCAN_DPI = 150;

    /**
     * The resolution of the page's scan when the page is one image with the page's proportions (how scanners and
     * img2pdf make PDFs), otherwise 0.
     */
    private static int scanDpi(PDPage p) {
        try {
            PDResources resources = p.getResources();
            if (resources == null) {
                return 0;
            }
            PDImageXObject only = null;
            for (COSName name : resources.getXObjectNames()) {
                PDXObject x = resources.getXObject(name);
                if (!(x instanceof PDImageXObject image) || only != null) {
                    return 0;
                }
                only = image;
            }
            PDRectangle box = p.getCropBox();
            if (only == null || box.getWidth() <= 0 || box.getHeight() <= 0) {
                return 0;
            }
            // both in the page's unrotated space
            double pageRatio = box.getWidth() / box.getHeight();
            double imageRatio = (double) only.getWidth() / only.getHeight();
            if (Math.abs(pageRatio / imageRatio - 1) > 0.05) {
                return 0;
            }
            return (int) Math.round(only.getWidth() / (box.getWidth() / 72.0));
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** Renders page {@code page} (1-based) in grey at {@code dpi} into a binary PGM file Tesseract reads directly. */
    void renderGrey(int page, int dpi, Path target) throws IOException {
        BufferedImage img = renderer.renderImageWithDPI(page - 1, dpi, ImageType.GRAY);
        writePgm(img, target);
    }

    /** Binary PGM (P5): a short header and the raw grey bytes; no compression to spend time on. */
    static void writePgm(BufferedImage img, Path target) throws IOException {
        BufferedImage grey = img;
        if (img.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            grey = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            grey.getGraphics().drawImage(img, 0, 0, null);
        }
        int w = grey.getWidth();
        int h = grey.getHeight();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
            out.write(("P5\n" + w + " " + h + "\n255\n").getBytes(StandardCharsets.US_ASCII));
            byte[] row = new byte[w];
            for (int y = 0; y < h; y++) {
                grey.getRaster().getDataElements(0, y, w, 1, row);
                out.write(row);
            }
        }
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }
}
