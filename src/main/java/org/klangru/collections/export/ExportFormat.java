package org.klangru.collections.export;

import org.klangru.collections.Handout;

import java.util.Locale;

/** The files a collection exports to. */
public enum ExportFormat {
    MD("md", "text/markdown; charset=utf-8"),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    PPTX("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation");

    private final String id;
    private final String contentType;

    ExportFormat(String id, String contentType) {
        this.id = id;
        this.contentType = contentType;
    }

    public String id() {
        return id;
    }

    public String contentType() {
        return contentType;
    }

    /** @throws IllegalArgumentException naming the formats there are */
    public static ExportFormat parse(String raw) {
        for (ExportFormat f : values()) {
            if (raw != null && f.id.equals(raw.strip().toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new IllegalArgumentException("รูปแบบไฟล์ต้องเป็น docx, pptx หรือ md (format must be docx, pptx or md): '" + raw + "'");
    }

    public byte[] write(Handout h) {
        return switch (this) {
            case MD -> new MarkdownHandout().write(h);
            case DOCX -> new DocxHandout().write(h);
            case PPTX -> new PptxSlides().write(h);
        };
    }

    /** The collection's title made safe as a file name (Thai kept), with this format's extension. */
    public String fileName(Handout h) {
        String base = h.title().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ").replaceAll("\\s+", " ").strip();
        if (base.isEmpty() || base.startsWith(".")) {
            base = "collection" + base;
        }
        if (base.length() > 120) {
            base = base.substring(0, 120).strip();
        }
        return base + "." + id;
    }
}
