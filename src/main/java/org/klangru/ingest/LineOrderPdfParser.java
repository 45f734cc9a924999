package org.klangru.ingest;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFileAttachment;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TemporaryResources;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PDF;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.PasswordProvider;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.XHTMLContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Tika's PDF parser with the page text in printed order along each line ({@link LineOrder}).
 *
 * <p>Tika builds its text extractor inside {@link PDFParser#parse}, with no way to reorder its glyphs. So Tika's
 * parser still runs, without a content handler: it then loads the file, refuses encrypted or broken ones with its
 * own exceptions and fills the metadata, and skips the text. The text comes from a PDFBox stripper of ours that
 * writes the XHTML Tika's would (a div per page, paragraphs), with the same settings, and the same text-layer
 * statistics into the metadata. Documents Tika reads more than page text from (form fields, attached files), and
 * configurations that ask for more than page text (OCR, images, annotations, bookmarks...), go through Tika's
 * whole parser as before, in stream order.
 */
public class LineOrderPdfParser extends PDFParser {
    private static final long serialVersionUID = 1L;

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
            throws IOException, SAXException, TikaException {
        if (handler == null || !configuredForPageTextOnly()) {
            super.parse(stream, handler, metadata, context);
            return;
        }
        try (TemporaryResources tmp = new TemporaryResources()) {
            TikaInputStream tis = TikaInputStream.get(stream, tmp, metadata);
            PDDocument document = pageTextOnly(tis, metadata, context);
            if (document == null) {
                super.parse(tis, handler, metadata, context);
                return;
            }
            try (document) {
                super.parse(tis, null, metadata, context);
                writeText(document, handler, metadata);
            }
        }
    }

    /**
     * The document loaded on its own when all Tika would read from it is page text; null otherwise, and when
     * it does not load (Tika's parser then reports why, as before).
     */
    private PDDocument pageTextOnly(TikaInputStream tis, Metadata metadata, ParseContext context) {
        PDDocument document = null;
        try {
            document = Loader.loadPDF(tis.getFile(), password(metadata, context));
            if (onlyPageText(document)) {
                return document;
            }
        } catch (IOException | RuntimeException e) {
            // Tika's own parse reports it
        }
        if (document != null) {
            try {
                document.close();
            } catch (IOException ignored) {
                // nothing held but memory
            }
        }
        return null;
    }

    private boolean onlyPageText(PDDocument document) throws IOException {
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        PDAcroForm form = catalog.getAcroForm(null);
        if (form != null && getPDFParserConfig().isExtractAcroFormContent()
                && (!form.getFields().isEmpty() || form.hasXFA())) {
            return false;
        }
        PDDocumentNameDictionary names = catalog.getNames();
        if (names != null && names.getEmbeddedFiles() != null) {
            return false;
        }
        for (PDPage page : document.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationFileAttachment) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether the configuration asks for nothing but page text and metadata (ingestion's does): OCR, images,
     * annotations, bookmarks, marked content, angles, actions and font names are left to Tika's whole parser.
     */
    private boolean configuredForPageTextOnly() {
        PDFParserConfig c = getPDFParserConfig();
        return c.getOcrStrategy() == PDFParserConfig.OCR_STRATEGY.NO_OCR && !c.isExtractInlineImages()
                && !c.isExtractAnnotationText() && !c.isExtractBookmarksText() && !c.isExtractMarkedContent()
                && !c.isDetectAngles() && !c.isExtractActions() && !c.isExtractFontNames()
                && !c.isExtractIncrementalUpdateInfo() && !c.isParseIncrementalUpdates();
    }

    /** The password Tika's parser uses: from a {@link PasswordProvider} in the context, else none. */
    private static String password(Metadata metadata, ParseContext context) {
        PasswordProvider provider = context.get(PasswordProvider.class);
        String password = provider == null ? null : provider.getPassword(metadata);
        return password == null ? "" : password;
    }

    private void writeText(PDDocument document, ContentHandler handler, Metadata metadata)
            throws IOException, SAXException, TikaException {
        XHTMLContentHandler xhtml = new XHTMLContentHandler(handler, metadata);
        PDFParserConfig config = getPDFParserConfig();
        Stripper stripper = new Stripper(xhtml, metadata, config.isCatchIntermediateIOExceptions());
        if (!config.isEnableAutoSpace()) {
            stripper.setWordSeparator("");
        }
        if (config.getAverageCharTolerance() != null) {
            stripper.setAverageCharTolerance(config.getAverageCharTolerance());
        }
        if (config.getSpacingTolerance() != null) {
            stripper.setSpacingTolerance(config.getSpacingTolerance());
        }
        if (config.getDropThreshold() != null) {
            stripper.setDropThreshold(config.getDropThreshold());
        }
        stripper.setSuppressDuplicateOverlappingText(config.isSuppressDuplicateOverlappingText());
        stripper.setIgnoreContentStreamSpaceGlyphs(config.isIgnoreContentStreamSpaceGlyphs());
        // LineOrder sorts within lines; PDFBox's page sort would undo it
        stripper.setSortByPosition(false);
        try {
            stripper.writeText(document, Writer.nullWriter());
        } catch (IOException e) {
            if (e.getCause() instanceof SAXException sax) {
                throw sax;
            }
            throw new TikaException("Unable to extract PDF content", e);
        }
        if (!stripper.pageErrors.isEmpty()) {
            // as Tika's parser does: the text of the other pages went out, the file is still reported
            throw new TikaException("Unable to extract all PDF content", stripper.pageErrors.get(0));
        }
    }

    /** PDFBox's stripper writing the XHTML Tika's PDF2XHTML writes, lines in printed order. */
    private static final class Stripper extends PDFTextStripper {
        private final XHTMLContentHandler xhtml;
        private final Metadata metadata;
        private final boolean catchPageErrors;
        final List<IOException> pageErrors = new ArrayList<>();
        // the text-layer statistics Tika's PDF2XHTML records, same names and meaning
        private int pageGlyphs;
        private int pageUnmapped;
        private int glyphs;
        private int unmapped;
        private int annotations3d;
        private boolean damagedFont;
        private boolean nonEmbeddedFont;

        Stripper(XHTMLContentHandler xhtml, Metadata metadata, boolean catchPageErrors) {
            this.xhtml = xhtml;
            this.metadata = metadata;
            this.catchPageErrors = catchPageErrors;
        }

        @Override
        protected void writePage() throws IOException {
            for (List<TextPosition> article : getCharactersByArticle()) {
                LineOrder.apply(article);
            }
            super.writePage();
        }

        @Override
        public void processPage(PDPage page) throws IOException {
            try {
                super.processPage(page);
            } catch (IOException e) {
                // a damaged page costs its own text only, as in Tika (its write-limit signal still stops all)
                if (!catchPageErrors || e.getCause() instanceof SAXException) {
                    throw e;
                }
                pageErrors.add(e);
                String message = e.getMessage();
                metadata.add(TikaCoreProperties.TIKA_META_EXCEPTION_WARNING,
                        message == null ? "IOException, no message" : message);
                endPage(page);
            }
        }

        @Override
        protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
                throws IOException {
            super.showGlyph(textRenderingMatrix, font, code, displacement);
            String unicode = font.toUnicode(code);
            if (unicode == null || unicode.isEmpty()) {
                pageUnmapped++;
                unmapped++;
            }
            pageGlyphs++;
            glyphs++;
            damagedFont |= font.isDamaged();
            nonEmbeddedFont |= !font.isEmbedded();
        }

        @Override
        protected void startDocument(PDDocument document) throws IOException {
            sax(() -> xhtml.startDocument(), "Unable to start a document");
        }

        @Override
        protected void endDocument(PDDocument document) throws IOException {
            metadata.set(PDF.TOTAL_UNMAPPED_UNICODE_CHARS, unmapped);
            if (glyphs > 0) {
                metadata.set(PDF.OVERALL_PERCENTAGE_UNMAPPED_UNICODE_CHARS, (double) ((float) unmapped / glyphs));
            }
            metadata.set(PDF.CONTAINS_DAMAGED_FONT, damagedFont);
            metadata.set(PDF.CONTAINS_NON_EMBEDDED_FONT, nonEmbeddedFont);
            metadata.set(PDF.NUM_3D_ANNOTATIONS, annotations3d);
            sax(() -> xhtml.endDocument(), "Unable to end a document");
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            sax(() -> xhtml.startElement("div", "class", "page"), "Unable to start a page");
            writeParagraphStart();
        }

        @Override
        protected void endPage(PDPage page) throws IOException {
            writeParagraphEnd();
            metadata.add(PDF.CHARACTERS_PER_PAGE, pageGlyphs);
            metadata.add(PDF.UNMAPPED_UNICODE_CHARS_PER_PAGE, pageUnmapped);
            pageGlyphs = 0;
            pageUnmapped = 0;
            for (PDAnnotation annotation : page.getAnnotations()) {
                if ("3D".equals(annotation.getSubtype())) {
                    annotations3d++;
                }
            }
            sax(() -> xhtml.endElement("div"), "Unable to end a page");
        }

        @Override
        protected void writeParagraphStart() throws IOException {
            super.writeParagraphStart();
            sax(() -> xhtml.startElement("p"), "Unable to start a paragraph");
        }

        @Override
        protected void writeParagraphEnd() throws IOException {
            super.writeParagraphEnd();
            sax(() -> xhtml.endElement("p"), "Unable to end a paragraph");
        }

        @Override
        protected void writeString(String text) throws IOException {
            characters(text);
        }

        @Override
        protected void writeCharacters(TextPosition text) throws IOException {
            characters(text.getUnicode());
        }

        @Override
        protected void writeWordSeparator() throws IOException {
            characters(getWordSeparator());
        }

        @Override
        protected void writeLineSeparator() throws IOException {
            sax(() -> xhtml.newline(), "Unable to write a newline character");
        }

        /** One SAX call; PDFBox's stripper lets only IOException through. */
        private void sax(SaxCall call, String what) throws IOException {
            try {
                call.run();
            } catch (SAXException e) {
                throw new IOException(what, e);
            }
        }

        private void characters(String text) throws IOException {
            // its own try: the message is built only when it fails, not for every run of text
            try {
                xhtml.characters(text);
            } catch (SAXException e) {
                throw new IOException("Unable to write: " + text, e);
            }
        }
    }

    private interface SaxCall {
        void run() throws SAXException;
    }
}
