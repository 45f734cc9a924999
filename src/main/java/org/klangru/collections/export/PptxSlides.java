package org.klangru.collections.export;

import org.apache.poi.common.usermodel.fonts.FontGroup;
import org.apache.poi.sl.usermodel.TextParagraph;
import org.apache.poi.sl.usermodel.TextShape;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.klangru.collections.Handout;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A collection as slides: a title slide, then one example per slide with its quotation, source and note. Tahoma,
 * which every Windows machine has and which covers Thai, on every script group; long quotations get a smaller size and
 * shrink-on-overflow, and very long ones are cut with a pointer to the handout.
 */
public final class PptxSlides {
    public static final String FONT = "Tahoma";
    /** 16:9 in points. */
    private static final int W = 960;
    private static final int H = 540;
    private static final int MARGIN = 40;
    /** Longer quotations are cut on a slide; the handout has them whole. */
    static final int MAX_QUOTE_CHARS = 900;
    private static final Color ACCENT = new Color(0x1F, 0x4E, 0x79);
    private static final Color MUTED = new Color(0x59, 0x59, 0x59);

    public byte[] write(Handout h) {
        try (XMLSlideShow show = new XMLSlideShow(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            show.setPageSize(new Dimension(W, H));
            XSLFSlide first = show.createSlide();
            text(first, new Rectangle2D.Double(MARGIN, 150, W - 2 * MARGIN, 120), h.title(), 40, true, ACCENT);
            String sub = (h.description().isBlank() ? "" : h.description() + "\n") + h.subtitle();
            text(first, new Rectangle2D.Double(MARGIN, 290, W - 2 * MARGIN, 150), sub, 20, false, MUTED);

            for (Handout.Entry e : h.entries()) {
                XSLFSlide s = show.createSlide();
                text(s, new Rectangle2D.Double(MARGIN, 24, W - 2 * MARGIN, 56), e.number() + ". " + Handout.lastHeading(e),
                        26, true, ACCENT);
                String quote = e.text();
                if (quote.length() > MAX_QUOTE_CHARS) {
                    quote = quote.substring(0, MAX_QUOTE_CHARS).strip() + " … (ตัดตอน ข้อความเต็มอยู่ในเอกสารประกอบ; cut, see the handout)";
                }
                text(s, new Rectangle2D.Double(MARGIN, 90, W - 2 * MARGIN, 290), "“" + quote + "”", quoteSize(quote),
                        false, Color.BLACK);
                text(s, new Rectangle2D.Double(MARGIN, 385, W - 2 * MARGIN, 50), "ที่มา: " + e.citation(), 14, false, MUTED);
                if (e.note() != null && !e.note().isBlank()) {
                    XSLFTextBox note = text(s, new Rectangle2D.Double(MARGIN, 440, W - 2 * MARGIN, 80), "บันทึก: " + e.note(),
                            16, false, Color.BLACK);
                    note.setFillColor(new Color(0xFF, 0xF2, 0xCC));
                }
            }
            show.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double quoteSize(String quote) {
        int n = quote.length();
        return n < 150 ? 28 : n < 300 ? 24 : n < 500 ? 20 : n < 700 ? 18 : 16;
    }

    private static XSLFTextBox text(XSLFSlide slide, Rectangle2D anchor, String text, double size, boolean bold, Color color) {
        XSLFTextBox box = slide.createTextBox();
        box.setAnchor(anchor);
        box.setWordWrap(true);
        box.setTextAutofit(TextShape.TextAutofit.NORMAL);
        box.clearText();
        String[] lines = text.split("\n");
        for (String line : lines) {
            XSLFTextParagraph p = box.addNewTextParagraph();
            p.setTextAlign(TextParagraph.TextAlign.LEFT);
            XSLFTextRun r = p.addNewTextRun();
            r.setText(line);
            for (FontGroup g : FontGroup.values()) {
                r.setFontFamily(FONT, g);
            }
            r.setFontSize(size);
            r.setBold(bold);
            r.setFontColor(color);
        }
        return box;
    }
}
