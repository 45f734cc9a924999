package org.klangru.collections.export;

import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.klangru.collections.Handout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A collection as a DOCX handout for a meeting room: the title block, then each example as an indented quotation
 * with its full citation, its heading path and the trainer's note. TH Sarabun New, the font of Thai government
 * documents, on every script range of every run, so Thai never falls back to a Latin font's substitute.
 */
public final class DocxHandout {
    public static final String FONT = "TH Sarabun New";
    private static final int BODY = 16;
    private static final String NOTE_FILL = "FFF2CC";

    public byte[] write(Handout h) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getProperties().getCoreProperties().setTitle(h.title());
            doc.getProperties().getCoreProperties().setCreator(h.owner());
            run(doc.createParagraph(), h.title(), 26, true);
            if (!h.description().isBlank()) {
                run(doc.createParagraph(), h.description(), BODY, false);
            }
            run(doc.createParagraph(), h.subtitle(), 14, false);
            for (Handout.Entry e : h.entries()) {
                XWPFParagraph title = doc.createParagraph();
                title.setSpacingBefore(240);
                title.setKeepNext(true);
                run(title, e.number() + ". " + Handout.lastHeading(e), 20, true);

                XWPFParagraph quote = doc.createParagraph();
                quote.setIndentationLeft(567);
                quote.setIndentationRight(567);
                quote.setBorderLeft(Borders.SINGLE);
                String[] lines = e.text().split("\n");
                for (int i = 0; i < lines.length; i++) {
                    XWPFRun r = run(quote, (i == 0 ? "“" : "") + lines[i] + (i == lines.length - 1 ? "”" : ""), BODY, false);
                    if (i < lines.length - 1) {
                        r.addBreak();
                    }
                }
                labelled(doc, "ที่มา (source): ", e.citation(), null);
                if (e.heading() != null && !e.heading().isBlank()) {
                    labelled(doc, "หัวข้อ (heading): ", e.heading(), null);
                }
                if (e.note() != null && !e.note().isBlank()) {
                    labelled(doc, "บันทึก (note): ", e.note(), NOTE_FILL);
                }
                if (e.status() != null) {
                    run(doc.createParagraph(), e.status(), 14, false).setItalic(true);
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void labelled(XWPFDocument doc, String label, String text, String fill) {
        XWPFParagraph p = doc.createParagraph();
        run(p, label, BODY, true);
        run(p, text, BODY, false);
        if (fill != null) {
            p.getCTPPr().addNewShd().setFill(fill);
        }
    }

    private static XWPFRun run(XWPFParagraph p, String text, int points, boolean bold) {
        XWPFRun r = p.createRun();
        r.setText(text);
        for (XWPFRun.FontCharRange range : XWPFRun.FontCharRange.values()) {
            r.setFontFamily(FONT, range);
        }
        r.setFontSize(points);
        r.setComplexScriptFontSize(points);
        r.setBold(bold);
        if (bold) {
            r.getCTR().getRPr().addNewBCs();
        }
        return r;
    }
}
