package org.klangru.collections.export;

import org.klangru.collections.Handout;

import java.nio.charset.StandardCharsets;

/** A collection as Markdown: each example a block quote with its citation, heading path and note. */
public final class MarkdownHandout {

    public String toMarkdown(Handout h) {
        StringBuilder b = new StringBuilder();
        b.append("# ").append(h.title()).append("\n\n");
        if (!h.description().isBlank()) {
            b.append(h.description()).append("\n\n");
        }
        b.append(h.subtitle()).append("\n");
        for (Handout.Entry e : h.entries()) {
            b.append("\n## ").append(e.number()).append(". ").append(Handout.lastHeading(e)).append("\n\n");
            for (String line : e.text().split("\n")) {
                b.append("> ").append(line).append("\n");
            }
            b.append("\n**ที่มา (source):** ").append(e.citation()).append(" — [เปิดในคลังรู้](").append(e.link()).append(")\n");
            if (e.heading() != null && !e.heading().isBlank()) {
                b.append("\n**หัวข้อ (heading):** ").append(e.heading()).append("\n");
            }
            if (e.note() != null && !e.note().isBlank()) {
                b.append("\n**บันทึก (note):** ").append(e.note()).append("\n");
            }
            if (e.status() != null) {
                b.append("\n*").append(e.status()).append("*\n");
            }
        }
        return b.toString();
    }

    public byte[] write(Handout h) {
        return toMarkdown(h).getBytes(StandardCharsets.UTF_8);
    }
}
