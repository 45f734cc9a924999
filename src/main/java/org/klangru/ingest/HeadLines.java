package org.klangru.ingest;

import org.klangru.passage.Block;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cleans the head of a scraped document: a site breadcrumb glued to the title, and the title repeated on the
 * lines after it. Left in, the breadcrumb's common words become the heading of every passage of the document
 * and the title's copies crowd search results with near-duplicates. Pure and thread-safe.
 *
 * <p>Both rules look only at the first {@link #HEAD_LINES} non-blank lines and need the document itself to
 * corroborate them:
 * <ul>
 *   <li>When the first line is a later line plus a prefix ending with a separator ("Site-Section-Title" before
 *       "Title"), or plus a suffix starting with one ("Title | Site"), the first line becomes that later line.
 *   <li>A line equal to the first line (without its breadcrumb) or to the line just before it (spaces normalised, at least
 *       {@link #MIN_LINE_CHARS} chars) is dropped. Other repeats stay: a decree names the king in its header and
 *       again in its opening formula. Table rows and list items are never dropped: their repeats are content.
 * </ul>
 * Lines are the lines of a paragraph block's text; any other block is one line.
 */
final class HeadLines {
    /** Scrapers put the breadcrumb and the title copies in the first few lines; the body is left alone. */
    static final int HEAD_LINES = 15;
    /** Shorter lines ("พิมพ์", a date, "Share") repeat by chance and say too little to corroborate a title. */
    static final int MIN_LINE_CHARS = 10;
    private static final String SEPARATORS = "-–—|:»>/·";

    /** One non-blank line of the head: where it is (index -1: the whole block), its text with spaces normalised. */
    private record Line(int block, int index, String text, boolean droppable) {}

    private HeadLines() {}

    static List<Block> clean(List<Block> blocks) {
        List<Line> head = head(blocks);
        if (head.size() < 2) {
            return blocks;
        }
        // (block, line) -> new text; null drops the line
        Map<Long, String> edits = new HashMap<>();
        Line first = head.get(0);
        String firstText = first.text();
        String title = corroboratedTitle(head);
        if (title != null) {
            firstText = title;
            edits.put(key(first.block(), first.index()), title);
        }
        String previous = firstText;
        for (Line l : head.subList(1, head.size())) {
            boolean copy = l.text().equals(firstText) || l.text().equals(previous);
            if (copy && l.droppable() && l.text().length() >= MIN_LINE_CHARS) {
                edits.put(key(l.block(), l.index()), null);
            }
            previous = l.text();
        }
        return edits.isEmpty() ? blocks : apply(blocks, edits);
    }

    /** The longest later line that the first line is, with a breadcrumb before or after it; null if none. */
    private static String corroboratedTitle(List<Line> head) {
        String f = head.get(0).text();
        String best = null;
        for (Line l : head.subList(1, head.size())) {
            String t = l.text();
            if (t.length() < MIN_LINE_CHARS || t.length() >= f.length() || (best != null && t.length() <= best.length())) {
                continue;
            }
            boolean prefix = f.endsWith(t) && isCrumb(f.substring(0, f.length() - t.length()).strip(), false);
            boolean suffix = f.startsWith(t) && isCrumb(f.substring(t.length()).strip(), true);
            if (prefix || suffix) {
                best = t;
            }
        }
        return best;
    }

    /** A breadcrumb names something and meets the title at a separator: "Site-Section-" or "| Site". */
    private static boolean isCrumb(String rest, boolean followsTitle) {
        if (rest.length() < 2 || rest.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return false;
        }
        char edge = followsTitle ? rest.charAt(0) : rest.charAt(rest.length() - 1);
        return SEPARATORS.indexOf(edge) >= 0;
    }

    private static List<Line> head(List<Block> blocks) {
        List<Line> head = new ArrayList<>(HEAD_LINES);
        for (int b = 0; b < blocks.size() && head.size() < HEAD_LINES; b++) {
            Block block = blocks.get(b);
            if (block.kind() == Block.Kind.PARAGRAPH) {
                // line by line from the start: a plain-text file is one block, and only its head is wanted
                String text = block.text();
                for (int i = 0, from = 0; from <= text.length() && head.size() < HEAD_LINES; i++) {
                    int end = text.indexOf('\n', from);
                    end = end < 0 ? text.length() : end;
                    addIfText(head, b, i, text.substring(from, end), true);
                    from = end + 1;
                }
            } else {
                addIfText(head, b, -1, block.text(), block.kind() == Block.Kind.HEADING);
            }
        }
        return head;
    }

    private static void addIfText(List<Line> head, int block, int index, String raw, boolean droppable) {
        String text = raw.replaceAll("\\s+", " ").strip();
        if (!text.isEmpty()) {
            head.add(new Line(block, index, text, droppable));
        }
    }

    private static List<Block> apply(List<Block> blocks, Map<Long, String> edits) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            String text;
            if (block.kind() == Block.Kind.PARAGRAPH) {
                String[] lines = block.text().split("\n", -1);
                List<String> kept = new ArrayList<>(lines.length);
                for (int i = 0; i < lines.length; i++) {
                    Long k = key(b, i);
                    if (!edits.containsKey(k)) {
                        kept.add(lines[i]);
                    } else if (edits.get(k) != null) {
                        kept.add(edits.get(k));
                    }
                }
                text = String.join("\n", kept);
            } else {
                Long k = key(b, -1);
                text = edits.containsKey(k) ? edits.get(k) : block.text();
            }
            if (text != null && !text.isBlank()) {
                out.add(text.equals(block.text()) ? block : new Block(block.kind(), text, block.level(), block.page()));
            }
        }
        return out;
    }

    private static long key(int block, int line) {
        return ((long) block << 32) | (line & 0xffffffffL);
    }
}
