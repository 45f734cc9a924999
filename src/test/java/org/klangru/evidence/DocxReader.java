package org.klangru.evidence;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlink;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** A DOCX re-opened with POI, reduced to what the tests look at. */
final class DocxReader {
    record Paragraph(int position, String style, String text) {}

    final List<Paragraph> paragraphs = new ArrayList<>();
    final List<List<List<String>>> tables = new ArrayList<>();
    final List<Integer> tablePositions = new ArrayList<>();
    final List<String> externalLinks = new ArrayList<>();
    final List<String> anchors = new ArrayList<>();
    final List<String> runFontsCs = new ArrayList<>();
    final String defaultFontCs;
    final boolean updateFields;
    final String documentXml;
    final String title;
    /** Errors of the document, styles and footer parts against the OOXML schema (Word refuses some invalid files). */
    final List<String> schemaErrors = new ArrayList<>();

    DocxReader(byte[] docx) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            int position = 0;
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    paragraphs.add(new Paragraph(position, p.getStyleID(), p.getText()));
                    for (XWPFRun r : p.getRuns()) {
                        if (r instanceof XWPFHyperlinkRun h) {
                            XWPFHyperlink link = h.getHyperlink(doc);
                            if (link != null) {
                                externalLinks.add(link.getURL());
                            } else if (h.getAnchor() != null) {
                                anchors.add(h.getAnchor());
                            }
                        }
                        if (r.getCTR().isSetRPr() && r.getCTR().getRPr().sizeOfRFontsArray() > 0) {
                            runFontsCs.add(r.getCTR().getRPr().getRFontsArray(0).getCs());
                        } else {
                            runFontsCs.add(null);
                        }
                    }
                } else if (e instanceof XWPFTable t) {
                    List<List<String>> rows = new ArrayList<>();
                    for (XWPFTableRow row : t.getRows()) {
                        List<String> cells = new ArrayList<>();
                        for (XWPFTableCell c : row.getTableCells()) {
                            cells.add(c.getText().strip());
                        }
                        rows.add(cells);
                    }
                    tables.add(rows);
                    tablePositions.add(position);
                }
                position++;
            }
            CTFonts defaults = doc.getStyles().getDefaultRunStyle() == null ? null
                    : doc.getStyle().getDocDefaults().getRPrDefault().getRPr().getRFontsArray(0);
            defaultFontCs = defaults == null ? null : defaults.getCs();
            updateFields = doc.isEnforcedUpdateFields();
            documentXml = doc.getDocument().xmlText();
            title = doc.getProperties().getCoreProperties().getTitle();
            List<org.apache.xmlbeans.XmlObject> parts = new ArrayList<>(List.of(doc.getDocument(), doc.getStyle()));
            doc.getFooterList().forEach(f -> parts.add(f._getHdrFtr()));
            for (org.apache.xmlbeans.XmlObject part : parts) {
                List<org.apache.xmlbeans.XmlError> errors = new ArrayList<>();
                part.validate(new org.apache.xmlbeans.XmlOptions().setErrorListener(errors));
                errors.forEach(e -> schemaErrors.add(part.schemaType().getName() + ": " + e));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (org.apache.xmlbeans.XmlException e) {
            throw new IllegalStateException(e);
        }
    }

    List<Paragraph> withStyle(String style) {
        return paragraphs.stream().filter(p -> style.equals(p.style())).toList();
    }

    List<String> texts(String style) {
        return withStyle(style).stream().map(Paragraph::text).toList();
    }

    int positionOf(String style, String text) {
        return paragraphs.stream().filter(p -> style.equals(p.style()) && p.text().equals(text))
                .mapToInt(Paragraph::position).findFirst().orElse(-1);
    }
}
