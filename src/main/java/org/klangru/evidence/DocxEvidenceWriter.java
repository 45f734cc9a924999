package org.klangru.evidence;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTMarkupRange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabTlc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The pack as a Word document (DOCX, Office Open XML) that opens cleanly in Word and LibreOffice.
 *
 * <ul>
 *   <li>Thai text in TH Sarabun New, the government standard, set on the document defaults, every style and every run
 *       for the ASCII, high-ANSI, complex-script and East-Asian ranges, sized for complex script too; a note in the
 *       document says which font stands in when it is missing (LibreOffice with fonts-thai-tlwg maps it to
 *       Laksaman).</li>
 *   <li>Styles with the built-in names Word and LibreOffice both recognise ("heading 1" … "toc 3", "Title",
 *       "Quote") and outline levels, so that the navigation pane and the table of contents see the headings.</li>
 *   <li>A table of contents field that Word updates on open (updateFields in settings), whose cached result is the
 *       section list written here, with links to bookmarks on the headings, so it is not empty where fields are not
 *       updated (LibreOffice, a PDF made from it).</li>
 *   <li>The coverage table first, then every section's quotations with their citations and links.</li>
 * </ul>
 */
public final class DocxEvidenceWriter {
    public static final String FONT = "TH Sarabun New";
    /** Half-points: 16 pt body, the size of Thai government letters in TH Sarabun New. */
    static final int BODY_SIZE = 32;
    private static final String LINK_COLOR = "0563C1";
    /** A4 in twentieths of a point, margins as in Thai official letters (3 cm left, 2 cm right, 2.5 cm top). */
    private static final int PAGE_W = 11906;
    private static final int PAGE_H = 16838;
    private static final int MARGIN_LEFT = 1701;
    private static final int MARGIN_RIGHT = 1134;
    private static final int MARGIN_TOP = 1418;
    private static final int MARGIN_BOTTOM = 1134;
    private static final int TEXT_WIDTH = PAGE_W - MARGIN_LEFT - MARGIN_RIGHT;

    private static final String STRONG_FILL = "E2EFDA";
    private static final String PARTIAL_FILL = "FFF2CC";
    private static final String NONE_FILL = "FCE4D6";
    private static final String HEADER_FILL = "D9E2F3";
    private static final String GROUP_FILL = "F2F2F2";

    public byte[] write(EvidencePack pack) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(pack, out);
        return out.toByteArray();
    }

    public void write(EvidencePack pack, OutputStream out) {
        try (XWPFDocument doc = new XWPFDocument()) {
            new Builder(doc, pack).build();
            doc.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One document being built: bookmark numbering and the headings for the table of contents. */
    private static final class Builder {
        private final XWPFDocument doc;
        private final EvidencePack pack;
        private int bookmarks;

        private record Entry(int level, String text, String bookmark) {}

        Builder(XWPFDocument doc, EvidencePack pack) {
            this.doc = doc;
            this.pack = pack;
        }

        void build() {
            styles();
            properties();
            doc.enforceUpdateFields();

            XWPFParagraph title = paragraph("Title");
            run(title, pack.titleTh());
            XWPFParagraph subtitle = paragraph("Subtitle");
            run(subtitle, pack.titleEn());
            for (String line : new String[] {PackText.framework(pack), PackText.agencies(pack), PackText.years(pack),
                    PackText.generated(pack)}) {
                run(paragraph(null), line);
            }
            XWPFParagraph font = paragraph("Small");
            run(font, PackText.fontNote());

            List<Entry> toc = tocEntries();
            run(paragraph("TOCHeading"), PackText.CONTENTS);
            tableOfContents(toc);
            pageBreak();

            int i = 0;
            heading(1, PackText.COVERAGE, toc.get(i++).bookmark());
            run(paragraph(null), PackText.summary(pack.coverage()));
            coverageTable();
            run(paragraph("Small"), PackText.TABLE_LEGEND);
            run(paragraph("Small"), pack.coverage().rule());

            for (EvidencePack.Group g : pack.groups()) {
                heading(1, g.titleTh(), toc.get(i++).bookmark());
                run(paragraph("Small"), g.titleEn());
                if (g.note() != null) {
                    run(paragraph("Small"), g.note());
                }
                for (EvidencePack.Section s : g.sections()) {
                    section(s, toc.get(i++).bookmark());
                }
            }
            heading(1, PackText.NOTES, toc.get(i).bookmark());
            for (String n : pack.notes()) {
                run(paragraph("ListParagraph"), "• " + n);
            }
            run(paragraph("ListParagraph"), "• " + PackText.fontNote());
            footer();
            page();
        }

        private List<Entry> tocEntries() {
            List<Entry> toc = new ArrayList<>();
            toc.add(new Entry(1, PackText.COVERAGE, nextBookmark()));
            for (EvidencePack.Group g : pack.groups()) {
                toc.add(new Entry(1, g.titleTh(), nextBookmark()));
                for (EvidencePack.Section s : g.sections()) {
                    toc.add(new Entry(s.depth() + 1, s.heading(), nextBookmark()));
                }
            }
            toc.add(new Entry(1, PackText.NOTES, nextBookmark()));
            return toc;
        }

        private String nextBookmark() {
            return "_Toc" + (100000 + ++bookmarks);
        }

        // ---- content

        private void section(EvidencePack.Section s, String bookmark) {
            heading(s.depth() + 1, s.heading(), bookmark);
            if (s.description() != null) {
                run(paragraph(null), s.description());
            }
            if (s.note() != null) {
                run(paragraph("Small"), s.note());
            }
            XWPFParagraph status = paragraph(null);
            XWPFRun r = run(status, PackText.status(s));
            r.setBold(true);
            bold(r);
            if (s.gap() != null) {
                run(paragraph(null), PackText.gap(s));
            }
            for (EvidencePack.Quotation q : s.quotations()) {
                XWPFParagraph quote = paragraph("Quote");
                String[] lines = PackText.quoted(q.text()).split("\n");
                for (int k = 0; k < lines.length; k++) {
                    XWPFRun line = run(quote, lines[k]);
                    if (k < lines.length - 1) {
                        line.addBreak();
                    }
                }
                EvidencePack.Citation c = q.citation();
                XWPFParagraph cite = paragraph("Citation");
                run(cite, "ที่มา: " + c.text() + " · ");
                link(cite, c.link(), PackText.OPEN_LINK);
                if (PackText.alsoIn(c) != null) {
                    run(paragraph("QuoteNote"), PackText.alsoIn(c));
                }
                run(paragraph("QuoteNote"), PackText.reasons(q));
            }
        }

        private void coverageTable() {
            List<EvidencePack.CoverageRow> rows = pack.coverage().table();
            int[] widths = {2400, 1250, 1250, 1250, TEXT_WIDTH - 2400 - 1250 - 1250 - 1250};
            XWPFTable t = doc.createTable(1, widths.length);
            t.setWidth(TEXT_WIDTH);
            t.setTableAlignment(TableRowAlign.CENTER);
            t.getCTTbl().getTblPr().addNewTblLayout().setType(
                    org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType.FIXED);
            var grid = t.getCTTbl().getTblGrid() == null ? t.getCTTbl().addNewTblGrid() : t.getCTTbl().getTblGrid();
            while (grid.sizeOfGridColArray() > 0) {
                grid.removeGridCol(0);
            }
            for (int w : widths) {
                grid.addNewGridCol().setW(BigInteger.valueOf(w));
            }
            XWPFTableRow header = t.getRow(0);
            header.setRepeatHeader(true);
            header.setCantSplitRow(true);
            for (int c = 0; c < widths.length; c++) {
                XWPFTableCell cell = header.getCell(c);
                cellText(cell, PackText.TABLE_HEADER[c], widths[c], HEADER_FILL, true);
            }
            String group = null;
            for (EvidencePack.CoverageRow r : rows) {
                if (!r.group().equals(group)) {
                    group = r.group();
                    String title = groupTitle(r.group());
                    XWPFTableRow gr = t.createRow();
                    gr.setCantSplitRow(true);
                    XWPFTableCell first = gr.getCell(0);
                    cellText(first, title, TEXT_WIDTH, GROUP_FILL, true);
                    first.getCTTc().getTcPr().addNewGridSpan().setVal(BigInteger.valueOf(widths.length));
                    for (int c = widths.length - 1; c >= 1; c--) {
                        gr.removeCell(c);
                    }
                }
                XWPFTableRow row = t.createRow();
                row.setCantSplitRow(true);
                String fill = switch (r.strength()) {
                    case STRONG -> STRONG_FILL;
                    case PARTIAL -> PARTIAL_FILL;
                    case NONE -> NONE_FILL;
                };
                cellText(row.getCell(0), (r.depth() > 1 ? "    " : "") + PackText.rowLabel(r), widths[0], null, false);
                cellText(row.getCell(1), String.valueOf(r.passages()), widths[1], null, false);
                cellText(row.getCell(2), String.valueOf(r.documents()), widths[2], null, false);
                cellText(row.getCell(3), r.strengthTh(), widths[3], fill, r.strength() == EvidencePack.Strength.NONE);
                cellText(row.getCell(4), r.gap() == null ? "—" : r.gap(), widths[4], null, false);
                row.getCell(1).getParagraphs().get(0).setAlignment(ParagraphAlignment.CENTER);
                row.getCell(2).getParagraphs().get(0).setAlignment(ParagraphAlignment.CENTER);
            }
        }

        private String groupTitle(String id) {
            return pack.groups().stream().filter(g -> g.id().equals(id)).findFirst()
                    .map(EvidencePack.Group::titleTh).orElse(id);
        }

        private void cellText(XWPFTableCell cell, String text, int width, String fill, boolean bold) {
            cell.setWidth(String.valueOf(width));
            if (fill != null) {
                cell.setColor(fill);
            }
            XWPFParagraph p = cell.getParagraphs().get(0);
            p.setStyle("TableText");
            XWPFRun r = run(p, text);
            if (bold) {
                r.setBold(true);
                bold(r);
            }
        }

        private void tableOfContents(List<Entry> toc) {
            for (int i = 0; i < toc.size(); i++) {
                Entry e = toc.get(i);
                XWPFParagraph p = paragraph("TOC" + e.level());
                CTP ctp = p.getCTP();
                if (i == 0) {
                    fieldChar(ctp, STFldCharType.BEGIN);
                    CTR instr = ctp.addNewR();
                    fonts(instr.addNewRPr());
                    CTText t = instr.addNewInstrText();
                    t.setStringValue(" TOC \\o \"1-3\" \\h \\z \\u ");
                    t.setSpace(SpaceAttribute.Space.PRESERVE);
                    fieldChar(ctp, STFldCharType.SEPARATE);
                }
                CTHyperlink h = ctp.addNewHyperlink();
                h.setAnchor(e.bookmark());
                h.setHistory(org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1.ON);
                CTR r = h.addNewR();
                fonts(r.addNewRPr());
                CTText t = r.addNewT();
                t.setStringValue(e.text());
                t.setSpace(SpaceAttribute.Space.PRESERVE);
                if (i == toc.size() - 1) {
                    fieldChar(ctp, STFldCharType.END);
                }
            }
        }

        private static void fieldChar(CTP p, STFldCharType.Enum type) {
            CTR r = p.addNewR();
            fonts(r.addNewRPr());
            r.addNewFldChar().setFldCharType(type);
        }

        private void heading(int level, String text, String bookmark) {
            XWPFParagraph p = paragraph("Heading" + Math.min(3, level));
            CTP ctp = p.getCTP();
            int id = Integer.parseInt(bookmark.substring(4));
            CTBookmark start = ctp.addNewBookmarkStart();
            start.setName(bookmark);
            start.setId(BigInteger.valueOf(id));
            run(p, text);
            CTMarkupRange end = ctp.addNewBookmarkEnd();
            end.setId(BigInteger.valueOf(id));
        }

        private void pageBreak() {
            XWPFParagraph p = doc.createParagraph();
            p.setPageBreak(true);
        }

        private void footer() {
            XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
            XWPFParagraph p = footer.createParagraph();
            p.setStyle("Footer");
            p.setAlignment(ParagraphAlignment.CENTER);
            run(p, "คลังรู้ · " + pack.titleTh() + " · หน้า ");
            CTP ctp = p.getCTP();
            fieldChar(ctp, STFldCharType.BEGIN);
            CTR instr = ctp.addNewR();
            fonts(instr.addNewRPr());
            instr.addNewInstrText().setStringValue(" PAGE ");
            fieldChar(ctp, STFldCharType.SEPARATE);
            CTR value = ctp.addNewR();
            fonts(value.addNewRPr());
            value.addNewT().setStringValue("1");
            fieldChar(ctp, STFldCharType.END);
        }

        private void page() {
            CTSectPr sect = doc.getDocument().getBody().isSetSectPr()
                    ? doc.getDocument().getBody().getSectPr() : doc.getDocument().getBody().addNewSectPr();
            CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
            size.setW(BigInteger.valueOf(PAGE_W));
            size.setH(BigInteger.valueOf(PAGE_H));
            CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
            mar.setLeft(BigInteger.valueOf(MARGIN_LEFT));
            mar.setRight(BigInteger.valueOf(MARGIN_RIGHT));
            mar.setTop(BigInteger.valueOf(MARGIN_TOP));
            mar.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
            mar.setHeader(BigInteger.valueOf(708));
            mar.setFooter(BigInteger.valueOf(708));
            mar.setGutter(BigInteger.ZERO);
        }

        private void properties() {
            var core = doc.getProperties().getCoreProperties();
            core.setTitle(pack.titleTh());
            core.setSubjectProperty(pack.titleEn());
            core.setCreator("Klangru (คลังรู้)");
            core.setDescription(PackText.framework(pack));
            doc.getProperties().getExtendedProperties().setApplication("Klangru");
        }

        // ---- paragraphs and runs

        private XWPFParagraph paragraph(String style) {
            XWPFParagraph p = doc.createParagraph();
            if (style != null) {
                p.setStyle(style);
            }
            return p;
        }

        private XWPFRun run(XWPFParagraph p, String text) {
            XWPFRun r = p.createRun();
            r.setText(text == null ? "" : text);
            fonts(r.getCTR().isSetRPr() ? r.getCTR().getRPr() : r.getCTR().addNewRPr());
            return r;
        }

        private void link(XWPFParagraph p, String url, String text) {
            XWPFHyperlinkRun r = p.createHyperlinkRun(url);
            r.setText(text);
            r.setColor(LINK_COLOR);
            r.setUnderline(UnderlinePatterns.SINGLE);
            fonts(r.getCTR().isSetRPr() ? r.getCTR().getRPr() : r.getCTR().addNewRPr());
        }

        private static void bold(XWPFRun r) {
            CTRPr pr = r.getCTR().getRPr();
            if (pr.sizeOfBCsArray() == 0) {
                pr.addNewBCs();
            }
        }

        // ---- styles

        private void styles() {
            CTStyles ct = CTStyles.Factory.newInstance();
            CTDocDefaults defaults = ct.addNewDocDefaults();
            CTRPr rpr = defaults.addNewRPrDefault().addNewRPr();
            fonts(rpr);
            rpr.addNewSz().setVal(BigInteger.valueOf(BODY_SIZE));
            rpr.addNewSzCs().setVal(BigInteger.valueOf(BODY_SIZE));
            CTLanguage lang = rpr.addNewLang();
            lang.setVal("th-TH");
            lang.setEastAsia("th-TH");
            lang.setBidi("th-TH");
            CTPPrGeneral ppr = defaults.addNewPPrDefault().addNewPPr();
            CTSpacing spacing = ppr.addNewSpacing();
            spacing.setAfter(BigInteger.valueOf(80));
            spacing.setLine(BigInteger.valueOf(240));
            spacing.setLineRule(org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule.AUTO);

            XWPFStyles styles = doc.createStyles();
            styles.setStyles(ct);
            // XWPFStyles copies a style's XML when it is added: finish each style first
            CTStyle normal = paragraphStyle("Normal", "Normal", null, 0, null, false, -1, 0, 0);
            normal.setDefault(true);
            add(styles, normal);
            add(styles, paragraphStyle("Title", "Title", "Normal", 0, 48, true, -1, 0, 120));
            add(styles, paragraphStyle("Subtitle", "Subtitle", "Normal", 0, 28, false, -1, 0, 240));
            add(styles, paragraphStyle("Heading1", "heading 1", "Normal", 9, 40, true, 0, 360, 120));
            add(styles, paragraphStyle("Heading2", "heading 2", "Normal", 9, 36, true, 1, 240, 80));
            add(styles, paragraphStyle("Heading3", "heading 3", "Normal", 9, 32, true, 2, 200, 60));
            add(styles, paragraphStyle("TOCHeading", "TOC Heading", "Normal", 39, 40, true, -1, 240, 120));
            add(styles, tocStyle("TOC1", "toc 1", true, 0));
            add(styles, tocStyle("TOC2", "toc 2", false, 360));
            add(styles, tocStyle("TOC3", "toc 3", false, 720));
            CTStyle quote = paragraphStyle("Quote", "Quote", "Normal", 29, null, false, -1, 120, 40);
            indent(quote, 567);
            leftBorder(quote);
            add(styles, quote);
            CTStyle citation = paragraphStyle("Citation", "Citation", "Normal", 30, 28, false, -1, 0, 40);
            indent(citation, 567);
            add(styles, citation);
            add(styles, paragraphStyle("Small", "Small Text", "Normal", 30, 26, false, -1, 0, 60));
            CTStyle quoteNote = paragraphStyle("QuoteNote", "Quote Note", "Normal", 30, 26, false, -1, 0, 60);
            indent(quoteNote, 567);
            add(styles, quoteNote);
            CTStyle list = paragraphStyle("ListParagraph", "List Paragraph", "Normal", 34, null, false, -1, 0, 60);
            indent(list, 360);
            add(styles, list);
            add(styles, paragraphStyle("TableText", "Table Text", "Normal", 30, 28, false, -1, 0, 0));
            add(styles, paragraphStyle("Footer", "footer", "Normal", 99, 24, false, -1, 0, 0));
        }

        private static CTStyle tocStyle(String id, String name, boolean bold, int indent) {
            CTStyle s = paragraphStyle(id, name, "Normal", 39, null, bold, -1, bold ? 60 : 0, 0);
            CTTabStop tab = s.getPPr().addNewTabs().addNewTab();
            tab.setVal(STTabJc.RIGHT);
            tab.setLeader(STTabTlc.DOT);
            tab.setPos(BigInteger.valueOf(TEXT_WIDTH));
            if (indent > 0) {
                indent(s, indent);
            }
            return s;
        }

        private static void add(XWPFStyles styles, CTStyle style) {
            styles.addStyle(new XWPFStyle(style));
        }

        private static void indent(CTStyle style, int twips) {
            style.getPPr().addNewInd().setLeft(BigInteger.valueOf(twips));
        }

        private static void leftBorder(CTStyle style) {
            var border = style.getPPr().addNewPBdr().addNewLeft();
            border.setVal(STBorder.SINGLE);
            border.setSz(BigInteger.valueOf(18));
            border.setSpace(BigInteger.valueOf(8));
            border.setColor("8EAADB");
        }

        /**
         * A paragraph style.
         *
         * @param size    half-points, or null for the document default
         * @param outline outline level 0-8, or -1 for body text
         */
        private static CTStyle paragraphStyle(String id, String name, String basedOn, int priority, Integer size,
                                              boolean bold, int outline, int before, int after) {
            CTStyle s = CTStyle.Factory.newInstance();
            s.setStyleId(id);
            s.setType(STStyleType.PARAGRAPH);
            s.addNewName().setVal(name);
            if (basedOn != null) {
                s.addNewBasedOn().setVal(basedOn);
                s.addNewNext().setVal(basedOn);
            }
            if (priority > 0) {
                s.addNewUiPriority().setVal(BigInteger.valueOf(priority));
            }
            s.addNewQFormat();
            CTPPrGeneral ppr = s.addNewPPr();
            if (outline >= 0) {
                ppr.addNewKeepNext();
                ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
            }
            if (before > 0 || after > 0) {
                CTSpacing sp = ppr.addNewSpacing();
                sp.setBefore(BigInteger.valueOf(before));
                sp.setAfter(BigInteger.valueOf(after));
            }
            CTRPr rpr = s.addNewRPr();
            fonts(rpr);
            if (bold) {
                rpr.addNewB();
                rpr.addNewBCs();
            }
            if (size != null) {
                rpr.addNewSz().setVal(BigInteger.valueOf(size));
                rpr.addNewSzCs().setVal(BigInteger.valueOf(size));
            }
            return s;
        }

        /** TH Sarabun New for every script range; Thai is complex script in Word, so the cs font matters most. */
        private static void fonts(CTRPr rpr) {
            CTFonts f = rpr.sizeOfRFontsArray() > 0 ? rpr.getRFontsArray(0) : rpr.addNewRFonts();
            f.setAscii(FONT);
            f.setHAnsi(FONT);
            f.setCs(FONT);
            f.setEastAsia(FONT);
        }
    }
}
