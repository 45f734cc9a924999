package org.klangru.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Paragraphs of one page of Tesseract text. Tesseract's blank lines do not follow the page's paragraphs (on the
 * seed scan it put them between lines of one sentence), so they are ignored; instead a line ends a paragraph when
 * it is clearly shorter than a full line of the page, the way a reader sees it. Lines of one paragraph stay
 * joined by line breaks, so that the Thai repair can join a word the line end cut in two. Pure.
 */
final class OcrParagraphs {
    /** A line narrower than this share of a full line ends its paragraph. */
    static final double SHORT_LINE = 0.75;
    /** The width of a full line: this quantile of the page's line widths. */
    static final double FULL_LINE_QUANTILE = 0.9;

    private OcrParagraphs() {}

    static List<String> split(String page) {
        List<String> lines = new ArrayList<>();
        for (String raw : page.replace('\f', '\n').split("\n")) {
            String line = raw.strip();
            if (readable(line)) {
                lines.add(line);
            }
        }
        List<String> out = new ArrayList<>();
        if (lines.isEmpty()) {
            return out;
        }
        int full = fullWidth(lines);
        StringBuilder para = new StringBuilder();
        for (String line : lines) {
            if (para.length() > 0) {
                para.append('\n');
            }
            para.append(line);
            if (width(line) < SHORT_LINE * full) {
                out.add(para.toString());
                para.setLength(0);
            }
        }
        if (para.length() > 0) {
            out.add(para.toString());
        }
        return out;
    }

    /**
     * Blank lines go, and so do specks of the scan read as a few Latin letters or signs ({@code =@.%=}, {@code awa}
     * at the top of the seed scan) and bare page numbers: a line is kept when it has Thai or more than three
     * letters and digits.
     */
    static boolean readable(String line) {
        long letters = line.codePoints().filter(Character::isLetterOrDigit).count();
        boolean thai = line.codePoints().anyMatch(c -> c >= 0x0E01 && c <= 0x0E4E && Character.isLetter(c));
        return thai || letters > 3;
    }

    private static int fullWidth(List<String> lines) {
        int[] widths = lines.stream().mapToInt(OcrParagraphs::width).sorted().toArray();
        return widths[Math.min(widths.length - 1, (int) Math.floor(FULL_LINE_QUANTILE * widths.length))];
    }

    /** Characters that take room on the line: Thai vowel and tone marks above and below take none. */
    static int width(String line) {
        int w = 0;
        for (int i = 0; i < line.length(); i++) {
            int type = Character.getType(line.charAt(i));
            if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK) {
                w++;
            }
        }
        return w;
    }
}
