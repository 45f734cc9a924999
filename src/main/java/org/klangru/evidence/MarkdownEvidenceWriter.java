package org.klangru.evidence;

import java.nio.charset.StandardCharsets;

/** The pack as Markdown: the same headings, coverage table, quotations and citations as the DOCX. */
public final class MarkdownEvidenceWriter {

    public String toMarkdown(EvidencePack p) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(esc(p.titleTh())).append("\n\n");
        md.append("*").append(esc(p.titleEn())).append("*\n\n");
        for (String line : new String[] {PackText.framework(p), PackText.agencies(p), PackText.years(p),
                PackText.generated(p), "ลิงก์ในแฟ้มนี้ชี้ไปที่ (links point to): " + p.baseUrl()}) {
            md.append("- ").append(esc(line)).append('\n');
        }
        md.append('\n');

        md.append("## ").append(PackText.CONTENTS).append("\n\n");
        md.append("- [").append(PackText.COVERAGE).append("](#coverage)\n");
        for (EvidencePack.Group g : p.groups()) {
            md.append("- [").append(esc(g.titleTh())).append("](#").append(g.id()).append(")\n");
            for (EvidencePack.Section s : g.sections()) {
                md.append("  ".repeat(s.depth())).append("- [").append(esc(s.heading())).append("](#")
                        .append(s.id()).append(")\n");
            }
        }
        md.append("- [").append(PackText.NOTES).append("](#notes)\n\n");

        md.append("<a id=\"coverage\"></a>\n\n## ").append(PackText.COVERAGE).append("\n\n");
        md.append(esc(PackText.summary(p.coverage()))).append("\n\n");
        md.append('|');
        for (String h : PackText.TABLE_HEADER) {
            md.append(' ').append(h).append(" |");
        }
        md.append("\n|---|---:|---:|---|---|\n");
        String group = null;
        for (EvidencePack.CoverageRow r : p.coverage().table()) {
            if (!r.group().equals(group)) {
                group = r.group();
                String title = p.groups().stream().filter(g -> g.id().equals(r.group())).findFirst()
                        .map(EvidencePack.Group::titleTh).orElse(r.group());
                md.append("| **").append(cell(title)).append("** | | | | |\n");
            }
            md.append("| ").append(r.depth() > 1 ? "&nbsp;&nbsp;" : "").append(cell(PackText.rowLabel(r)))
                    .append(" | ").append(r.passages())
                    .append(" | ").append(r.documents())
                    .append(" | ").append(r.strengthTh())
                    .append(" | ").append(r.gap() == null ? "—" : cell(r.gap())).append(" |\n");
        }
        md.append('\n').append(esc(PackText.TABLE_LEGEND)).append("\n\n");
        md.append("*").append(esc(p.coverage().rule())).append("*\n\n");

        for (EvidencePack.Group g : p.groups()) {
            md.append("<a id=\"").append(g.id()).append("\"></a>\n\n## ").append(esc(g.titleTh())).append("\n\n");
            md.append("*").append(esc(g.titleEn())).append("*\n\n");
            if (g.note() != null) {
                md.append(esc(g.note())).append("\n\n");
            }
            for (EvidencePack.Section s : g.sections()) {
                section(md, s);
            }
        }

        md.append("<a id=\"notes\"></a>\n\n## ").append(PackText.NOTES).append("\n\n");
        for (String n : p.notes()) {
            md.append("- ").append(esc(n)).append('\n');
        }
        md.append("- ").append(esc(PackText.fontNote())).append('\n');
        return md.toString();
    }

    private static void section(StringBuilder md, EvidencePack.Section s) {
        md.append("<a id=\"").append(s.id()).append("\"></a>\n\n")
                .append(s.depth() > 1 ? "#### " : "### ").append(esc(s.heading())).append("\n\n");
        if (s.description() != null) {
            md.append(esc(s.description())).append("\n\n");
        }
        if (s.note() != null) {
            md.append("*").append(esc(s.note())).append("*\n\n");
        }
        md.append("**").append(esc(PackText.status(s))).append("**\n\n");
        if (s.gap() != null) {
            md.append(esc(PackText.gap(s))).append("\n\n");
        }
        for (EvidencePack.Quotation q : s.quotations()) {
            for (String line : PackText.quoted(q.text()).split("\n")) {
                md.append("> ").append(blockStart(esc(line))).append('\n');
            }
            EvidencePack.Citation c = q.citation();
            md.append(">\n> — ที่มา: ").append(esc(c.text())).append(" · [").append(PackText.OPEN_LINK).append("](")
                    .append(c.link()).append(")\n");
            if (PackText.alsoIn(c) != null) {
                md.append(">\n> ").append(esc(PackText.alsoIn(c))).append('\n');
            }
            md.append(">\n> <sub>").append(esc(PackText.reasons(q))).append("</sub>\n\n");
        }
    }

    public byte[] write(EvidencePack pack) {
        return toMarkdown(pack).getBytes(StandardCharsets.UTF_8);
    }

    /** Markdown and HTML characters in running text. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\', '*', '_', '`', '[', ']', '|', '#' -> b.append('\\').append(c);
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** A line that would open a list or a heading is kept as text. */
    private static String blockStart(String line) {
        return line.matches("^\\s*([-+]|[0-9๐-๙]+[.)])\\s.*") ? line.replaceFirst("([-+.)])", "\\\\$1") : line;
    }

    private static String cell(String s) {
        return esc(s).replace("\n", " ").replace("\r", " ");
    }
}
