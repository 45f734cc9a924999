package org.klangru.evidence;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The forms a pack is written in, with their media types and file extensions. */
public enum EvidenceFormat {
    DOCX("docx", EvidenceFormat.DOCX_TYPE),
    MD("md", EvidenceFormat.MARKDOWN_TYPE + "; charset=utf-8"),
    JSON("json", "application/json; charset=utf-8");

    public static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String MARKDOWN_TYPE = "text/markdown";

    private final String id;
    private final String contentType;

    EvidenceFormat(String id, String contentType) {
        this.id = id;
        this.contentType = contentType;
    }

    public String id() {
        return id;
    }

    public String contentType() {
        return contentType;
    }

    /** "docx", "md" (also "markdown"), "json"; case-blind. */
    public static EvidenceFormat parse(String raw) {
        String v = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        if (v.equals("markdown")) {
            return MD;
        }
        for (EvidenceFormat f : values()) {
            if (f.id.equals(v)) {
                return f;
            }
        }
        throw new IllegalArgumentException("รูปแบบต้องเป็น " + ids() + " ได้รับ '" + raw + "' (format: one of " + ids() + ")");
    }

    /** The format a file name asks for by its extension, or null. */
    public static EvidenceFormat ofFileName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".docx")) {
            return DOCX;
        }
        if (n.endsWith(".md") || n.endsWith(".markdown")) {
            return MD;
        }
        if (n.endsWith(".json")) {
            return JSON;
        }
        return null;
    }

    private static String ids() {
        return Arrays.stream(values()).map(EvidenceFormat::id).collect(Collectors.joining(", "));
    }

    /** The pack in this format. */
    public byte[] write(EvidencePack pack) {
        return switch (this) {
            case DOCX -> new DocxEvidenceWriter().write(pack);
            case MD -> new MarkdownEvidenceWriter().write(pack);
            case JSON -> new JsonEvidenceWriter().write(pack);
        };
    }

    /** A download name: klangru-evidence-category4-pmqa40.docx (ASCII, so every browser keeps it). */
    public String fileName(EvidencePack pack) {
        return "klangru-evidence-category" + pack.category() + "-" + pack.framework() + "." + id;
    }
}
