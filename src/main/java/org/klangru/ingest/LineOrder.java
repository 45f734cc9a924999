package org.klangru.ingest;

import org.apache.pdfbox.text.TextPosition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Puts the glyphs of a PDF page in the order they are printed along each line, without moving text between lines.
 *
 * <p>Some writers draw a line in several runs: LibreOffice draws the characters its Thai font lacks (curly quotes,
 * spaces, ASCII punctuation) in another font, as one run per line before the Thai run. In content-stream order a
 * quote then lands at the start of its line. PDFBox's full position sort puts it back, but it also sorts Thai
 * marks (above and below a letter) by their own x, which can lie past the next letter, and it reorders whole
 * pages (columns). So only runs of glyphs that follow each other in the stream on the same line are sorted, and
 * by clusters: a glyph that has width and text starts a cluster, and what follows it in the stream without
 * either (combining marks, zero-width and empty glyphs) stays with it, in stream order. Marks drawn before any
 * letter of their run stay in front of the next cluster, where the stream had them.
 */
final class LineOrder {
    /** PDFBox's own tolerance for "the same baseline". */
    private static final float SAME_BASELINE = 0.1f;

    private LineOrder() {
    }

    /** Reorders {@code glyphs} (one page article, in stream order) in place. */
    static void apply(List<TextPosition> glyphs) {
        if (glyphs.size() < 2) {
            return;
        }
        List<TextPosition> out = new ArrayList<>(glyphs.size());
        int start = 0;
        while (start < glyphs.size()) {
            int end = start + 1;
            while (end < glyphs.size() && sameLine(glyphs.get(end - 1), glyphs.get(end))) {
                end++;
            }
            appendInOrder(glyphs.subList(start, end), out);
            start = end;
        }
        glyphs.clear();
        glyphs.addAll(out);
    }

    private static void appendInOrder(List<TextPosition> run, List<TextPosition> out) {
        if (run.size() < 2 || hasRightToLeft(run)) {
            // right-to-left text: PDFBox's own bidi handling expects what it had
            out.addAll(run);
            return;
        }
        List<Cluster> clusters = new ArrayList<>();
        List<TextPosition> leading = new ArrayList<>();
        for (TextPosition g : run) {
            if (isBase(g)) {
                Cluster c = new Cluster(g, leading);
                leading = List.of();
                clusters.add(c);
            } else if (clusters.isEmpty()) {
                leading.add(g);
            } else {
                clusters.get(clusters.size() - 1).glyphs.add(g);
            }
        }
        if (clusters.isEmpty()) {
            out.addAll(run);
            return;
        }
        // List.sort is stable: clusters printed at the same x keep their stream order
        clusters.sort(Comparator.comparingDouble(c -> c.base.getXDirAdj()));
        for (Cluster c : clusters) {
            out.addAll(c.glyphs);
        }
    }

    /** A base glyph with what the stream drew before it (only at the start of a run) and after it. */
    private static final class Cluster {
        final TextPosition base;
        final List<TextPosition> glyphs;

        Cluster(TextPosition base, List<TextPosition> before) {
            this.base = base;
            this.glyphs = new ArrayList<>(before.size() + 2);
            glyphs.addAll(before);
            glyphs.add(base);
        }
    }

    /** A glyph that takes room on the line and carries text that is not a combining mark. */
    static boolean isBase(TextPosition g) {
        String u = g.getUnicode();
        if (u == null || u.isEmpty() || !(g.getWidthDirAdj() > 0)) {
            return false;
        }
        int type = Character.getType(u.codePointAt(0));
        return type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK
                && type != Character.COMBINING_SPACING_MARK;
    }

    private static boolean sameLine(TextPosition a, TextPosition b) {
        if (a.getDir() != b.getDir()) {
            return false;
        }
        float ya = a.getYDirAdj();
        float yb = b.getYDirAdj();
        // the test PDFBox uses for "on the current line", over glyph heights
        return Math.abs(ya - yb) < SAME_BASELINE || yb <= ya && yb >= ya - a.getHeightDir()
                || ya <= yb && ya >= yb - b.getHeightDir();
    }

    private static boolean hasRightToLeft(List<TextPosition> run) {
        for (TextPosition g : run) {
            String u = g.getUnicode();
            if (u == null) {
                continue;
            }
            for (int i = 0; i < u.length(); ) {
                int cp = u.codePointAt(i);
                byte d = Character.getDirectionality(cp);
                if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                    return true;
                }
                i += Character.charCount(cp);
            }
        }
        return false;
    }
}
