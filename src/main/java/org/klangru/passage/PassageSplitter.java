package org.klangru.passage;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * Splits a document's blocks into passages that follow its own structure: headings open a context,
 * list items and table rows are passages of their own, paragraphs become passages of one to three
 * sentences. Short fragments (title lines, a wrapped line's tail) are merged with their neighbour.
 */
public final class PassageSplitter {
    static final int TARGET_CHARS = 320;
    static final int MAX_CHARS = 480;
    /** A text line shorter than this is a fragment and is joined with the next line. */
    static final int MIN_CHARS = 40;

    private final Chunker chunker = new Chunker(TARGET_CHARS, MAX_CHARS);

    private enum Shape { HEADING, LIST_ITEM, TABLE_ROW, TEXT, BREAK }

    private record Unit(Shape shape, String text, int level, int page) {}

    public List<Passage> split(List<Block> blocks) {
        List<Unit> units = resolveHeadings(toUnits(blocks));
        List<Passage> passages = new ArrayList<>();
        TreeMap<Integer, String> headings = new TreeMap<>();
        String pendingHeading = null;
        int pendingLevel = 0;
        int pendingPage = 0;
        StringBuilder buffer = new StringBuilder();
        int bufferPage = 0;

        for (Unit u : units) {
            if (u.shape() == Shape.HEADING) {
                flush(buffer, bufferPage, headings, passages);
                if (pendingHeading != null && u.level() <= pendingLevel) {
                    // a heading with nothing under it is content in its own right
                    emit(pendingHeading, pendingPage, headings.headMap(pendingLevel), passages);
                }
                headings.tailMap(u.level(), true).clear();
                headings.put(u.level(), u.text());
                pendingHeading = u.text();
                pendingLevel = u.level();
                pendingPage = u.page();
                continue;
            }
            if (u.shape() == Shape.BREAK) {
                flush(buffer, bufferPage, headings, passages);
                continue;
            }
            pendingHeading = null;
            if (u.shape() == Shape.TEXT) {
                if (buffer.length() == 0) {
                    bufferPage = u.page();
                } else {
                    buffer.append(' ');
                }
                buffer.append(u.text());
                if (buffer.length() >= MIN_CHARS) {
                    flush(buffer, bufferPage, headings, passages);
                }
            } else {
                // a fragment before a list item or row stays with what came before it, if anything
                flush(buffer, bufferPage, headings, passages);
                emit(u.text(), u.page(), headings, passages);
            }
        }
        flush(buffer, bufferPage, headings, passages);
        if (pendingHeading != null) {
            emit(pendingHeading, pendingPage, headings.headMap(pendingLevel), passages);
        }
        return passages;
    }

    private void flush(StringBuilder buffer, int page, TreeMap<Integer, String> headings, List<Passage> out) {
        if (buffer.length() > 0) {
            emit(buffer.toString(), page, headings, out);
            buffer.setLength(0);
        }
    }

    private void emit(String text, int page, java.util.SortedMap<Integer, String> headings, List<Passage> out) {
        List<String> path = List.copyOf(headings.values());
        int first = out.size();
        for (String piece : chunker.chunk(text.strip())) {
            if (!piece.isBlank()) {
                // a paged layout (PDF, a scan) marks no paragraphs: its units are the extractor's guess, often a whole
                // page, so each piece stands alone there
                out.add(new Passage(out.size(), path, piece, page, page > 0 ? out.size() : first));
            }
        }
    }

    /** Blocks to line units; paragraphs split at line breaks (hard-wrapped lines rejoined first), blank lines kept as breaks. */
    private static List<Unit> toUnits(List<Block> blocks) {
        List<Unit> units = new ArrayList<>();
        for (Block b : blocks) {
            switch (b.kind()) {
                case HEADING -> units.add(new Unit(Shape.HEADING, clean(b.text()), Math.max(1, b.level()), b.page()));
                case TABLE_ROW -> addIfText(units, Shape.TABLE_ROW, b.text(), b.page());
                case LIST_ITEM -> addIfText(units, Shape.LIST_ITEM, b.text(), b.page());
                case PARAGRAPH -> {
                    String carry = null;
                    for (String raw : WrappedLines.rejoin(List.of(b.text().split("\n", -1)))) {
                        String line = clean(raw);
                        if (line.isEmpty()) {
                            units.add(new Unit(Shape.BREAK, "", 0, b.page()));
                            continue;
                        }
                        if (carry != null) {
                            line = carry + " " + line;
                            carry = null;
                        } else if (LineShapes.isBareNumber(line)) {
                            carry = line; // "4." alone on a line: its text is on the next line
                            continue;
                        }
                        units.add(new Unit(LineShapes.isListItem(line) ? Shape.LIST_ITEM : Shape.TEXT, line, 0, b.page()));
                    }
                    if (carry != null) {
                        units.add(new Unit(Shape.TEXT, carry, 0, b.page()));
                    }
                    units.add(new Unit(Shape.BREAK, "", 0, b.page()));
                }
            }
        }
        return units;
    }

    /**
     * Marks lines that read as headings. A numbered line ("4.1 ก่อนดำเนินการ") is a heading unless the next
     * line is numbered at the same depth: then both are items of one list.
     */
    private static List<Unit> resolveHeadings(List<Unit> units) {
        List<Unit> out = new ArrayList<>(units.size());
        int first = firstContentUnit(units);
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            if (i == first && isStandaloneTitle(units, i)) {
                out.add(new Unit(Shape.HEADING, u.text(), 1, u.page()));
                continue;
            }
            if (u.shape() == Shape.TEXT || u.shape() == Shape.LIST_ITEM) {
                OptionalInt level = LineShapes.headingLevel(u.text());
                if (level.isPresent() && !(level.getAsInt() > 1 && nextIsSibling(units, i, level.getAsInt()))) {
                    out.add(new Unit(Shape.HEADING, u.text(), level.getAsInt(), u.page()));
                    continue;
                }
            }
            out.add(u);
        }
        return out;
    }

    private static int firstContentUnit(List<Unit> units) {
        for (int i = 0; i < units.size(); i++) {
            if (units.get(i).shape() != Shape.BREAK) {
                return i;
            }
        }
        return -1;
    }

    /** A document's first line, short and set apart by a blank line, is its title: context, not content. */
    private static boolean isStandaloneTitle(List<Unit> units, int i) {
        Unit u = units.get(i);
        return u.shape() == Shape.TEXT && u.text().length() <= LineShapes.MAX_HEADING_CHARS
                && i + 1 < units.size() && units.get(i + 1).shape() == Shape.BREAK;
    }

    private static boolean nextIsSibling(List<Unit> units, int i, int level) {
        for (int j = i + 1; j < units.size(); j++) {
            Unit next = units.get(j);
            if (next.shape() == Shape.BREAK) {
                continue;
            }
            if (next.shape() == Shape.HEADING) {
                return false;
            }
            OptionalInt nextLevel = LineShapes.numberLevel(next.text());
            return nextLevel.isPresent() && nextLevel.getAsInt() == level;
        }
        return false;
    }

    private static void addIfText(List<Unit> units, Shape shape, String text, int page) {
        String t = clean(text);
        if (!t.isEmpty()) {
            units.add(new Unit(shape, t, 0, page));
        }
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replaceAll(" {2,}", " ").strip();
    }
}
