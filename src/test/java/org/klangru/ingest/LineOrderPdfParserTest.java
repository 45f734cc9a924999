package org.klangru.ingest;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.sax.BodyContentHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link LineOrderPdfParser} on PDFs written here with PDFBox the way LibreOffice writes its lines, and against
 * Tika's own PDF parser for what must not change.
 */
class LineOrderPdfParserTest {
    private static final PDType1Font COURIER = new PDType1Font(Standard14Fonts.FontName.COURIER);
    private static final float SIZE = 12;
    /** Courier's advance at {@link #SIZE}: 600/1000 em. */
    private static final float ADVANCE = 7.2f;
    private static final float LEFT = 72;

    @TempDir
    Path dir;

    @Test
    void quotesDrawnAsTheirOwnRunComeBackBetweenTheirWords() throws Exception {
        Path pdf = onePage("quotes.pdf", cs -> {
            // "He said “hello” today": the quotes first, as LibreOffice draws what the line's font lacks
            show(cs, "\u201C", 8, 700);
            show(cs, "\u201D", 14, 700);
            show(cs, "He said ", 0, 700);
            show(cs, "hello", 9, 700);
            show(cs, " today", 15, 700);
        });
        String text = text(ingestion(), pdf, new Metadata());
        assertTrue(text.contains("He said \u201Chello\u201D today"), text);
    }

    @Test
    void columnsAreNotInterleaved() throws Exception {
        Path pdf = onePage("columns.pdf", cs -> {
            // the left column, then the right one on the same baselines: only a whole-page sort mixes them
            show(cs, "alpha one", 0, 700);
            show(cs, "alpha two", 0, 686);
            show(cs, "beta one", 35, 700);
            show(cs, "beta two", 35, 686);
        });
        String text = text(ingestion(), pdf, new Metadata());
        assertTrue(text.indexOf("alpha two") >= 0 && text.indexOf("alpha two") < text.indexOf("beta one"), text);
    }

    @Test
    void zeroWidthGlyphsStayWithTheirLetter() throws Exception {
        // Laksaman draws ซ้ำ as ซ, a zero-width ้ำ and two empty glyphs, the wide one starting a hair left of
        // the zero-width one: sorted by their own x they would end the word early ("ซ้ำ ซ้อน")
        String text = text(ingestion(), Path.of("corpus/study-visit-complaint-system-2567.pdf"), new Metadata());
        for (String words : new String[] {"ซ้ำซ้อน", "ซ้ำและ", "ซ้ำลง", "ซ้ำได้"}) {
            assertTrue(text.contains(words), words + " in\n" + text);
        }
    }

    @Test
    void metadataIsTikas() throws Exception {
        Path sample = Path.of("src/test/resources/formats/sample.pdf");
        Metadata tika = new Metadata();
        Metadata ours = new Metadata();
        text(configuredAsIngestion(new PDFParser()), sample, tika);
        text(configuredAsIngestion(new LineOrderPdfParser()), sample, ours);
        for (String name : tika.names()) {
            assertEquals(Arrays.asList(tika.getValues(name)), Arrays.asList(ours.getValues(name)), name);
        }
        assertEquals(tika.size(), ours.size(), () -> "ours: " + ours + "\nTika's: " + tika);
    }

    @Test
    void formFieldValuesAreStillRead() throws Exception {
        Path pdf = dir.resolve("form.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                show(cs, "Name:", 0, 700);
            }
            PDAcroForm form = new PDAcroForm(doc);
            doc.getDocumentCatalog().setAcroForm(form);
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("Cour"), COURIER);
            form.setDefaultResources(resources);
            form.setDefaultAppearance("/Cour 10 Tf 0 g");
            PDTextField field = new PDTextField(form);
            field.setPartialName("name");
            form.getFields().add(field);
            PDAnnotationWidget widget = field.getWidgets().get(0);
            widget.setRectangle(new PDRectangle(120, 690, 200, 20));
            widget.setPage(page);
            page.getAnnotations().add(widget);
            field.setValue("Somchai field value");
            doc.save(pdf.toFile());
        }
        // Tika reads form fields after the pages; such documents keep Tika's whole parser
        String text = text(ingestion(), pdf, new Metadata());
        assertTrue(text.contains("Somchai field value"), text);
        assertTrue(text.contains("Name:"), text);
    }

    @Test
    void otherConfigurationsGetTikasWholeParser() throws Exception {
        Path pdf = onePage("quotes.pdf", cs -> {
            show(cs, "\u201C", 8, 700);
            show(cs, "He said ", 0, 700);
            show(cs, "hello", 9, 700);
        });
        // bookmarks asked for: only Tika's PDF2XHTML reads them, so it reads the page too, in stream order
        LineOrderPdfParser parser = new LineOrderPdfParser();
        parser.setOcrStrategy("no_ocr");
        parser.setExtractAnnotationText(false);
        parser.setExtractBookmarksText(true);
        String text = text(parser, pdf, new Metadata());
        assertTrue(text.strip().startsWith("\u201C"), text);
    }

    /** Ingestion's Tika, from its tika-config.xml (which gives PDFs to {@link LineOrderPdfParser}). */
    private static Parser ingestion() throws Exception {
        try (InputStream config = TikaExtractor.class.getResourceAsStream("tika-config.xml")) {
            return new AutoDetectParser(new TikaConfig(config));
        }
    }

    /** A PDF parser with the settings of ingestion's tika-config.xml. */
    private static PDFParser configuredAsIngestion(PDFParser parser) {
        parser.setOcrStrategy("no_ocr");
        parser.setExtractInlineImages(false);
        parser.setExtractAnnotationText(false);
        parser.setExtractBookmarksText(false);
        return parser;
    }

    private interface Drawing {
        void draw(PDPageContentStream cs) throws IOException;
    }

    /** A one-page PDF in the test's folder, drawn by {@code drawing}. */
    private Path onePage(String name, Drawing drawing) throws IOException {
        Path pdf = dir.resolve(name);
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                drawing.draw(cs);
            }
            doc.save(pdf.toFile());
        }
        return pdf;
    }

    private static void show(PDPageContentStream cs, String text, int column, float y) throws IOException {
        cs.beginText();
        cs.setFont(COURIER, SIZE);
        cs.newLineAtOffset(LEFT + column * ADVANCE, y);
        cs.showText(text);
        cs.endText();
    }

    private static String text(Parser parser, Path pdf, Metadata metadata) throws Exception {
        BodyContentHandler handler = new BodyContentHandler(-1);
        try (TikaInputStream in = TikaInputStream.get(pdf)) {
            parser.parse(in, handler, metadata, new ParseContext());
        }
        return handler.toString();
    }
}
