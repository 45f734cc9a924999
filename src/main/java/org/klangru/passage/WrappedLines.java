package org.klangru.passage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rejoins the lines of a hard-wrapped paragraph. Plain-text files exported at a fixed width break a
 * sentence wherever the column ends; read line by line, one answer would be cut over two passages.
 * A block is wrapped when most of its long lines end near one width; a line then continues on the next
 * one when the next line's first word would not have fitted after it. Blocks whose lines are paragraphs
 * (news items, documents written one paragraph per line) are much wider than any wrap and stay as they are.
 */
final class WrappedLines {
    /** Wider than this, a block's typical line is a paragraph, not a wrapped column. */
    static final int MAX_WRAP_WIDTH = 110;
    /** Narrower than this, even lines are more likely a list than a wrapped column. */
    static final int MIN_WRAP_WIDTH = 50;
    /** A wrap needs enough lines to tell a column from chance. */
    static final int MIN_LINES = 4;
    /** A line shorter than this share of the width ends its paragraph. */
    static final double FULL_SHARE = 0.6;
    private static final String SENTENCE_END = ".!?:;";

    private WrappedLines() {}

    /** The lines with wrapped ones joined by a space; empty lines (paragraph breaks) are kept. */
    static List<String> rejoin(List<String> lines) {
        int width = wrapWidth(lines);
        if (width == 0) {
            return lines;
        }
        List<String> out = new ArrayList<>(lines.size());
        StringBuilder current = null;
        String previous = null;
        for (String raw : lines) {
            String line = raw.strip();
            // a line opening like the unit it would join ("ขั้นตอนที่ 2" after "ขั้นตอนที่ 1 …") is its sibling
            boolean sibling = current != null && !line.isEmpty() && firstWord(line).equals(firstWord(current.toString()));
            if (current != null && !line.isEmpty() && !sibling && continues(previous, line, width)) {
                current.append(' ').append(line);
            } else {
                if (current != null) {
                    out.add(current.toString());
                }
                current = line.isEmpty() ? null : new StringBuilder(line);
                if (line.isEmpty()) {
                    out.add("");
                }
            }
            previous = line.isEmpty() ? null : line;
        }
        if (current != null) {
            out.add(current.toString());
        }
        return out;
    }

    /** Whether {@code line} carries on the sentence {@code previous} was cut from. */
    private static boolean continues(String previous, String line, int width) {
        if (previous == null || LineShapes.isBareNumber(previous) || LineShapes.isBareNumber(line)) {
            return false;
        }
        // a list item or a heading starts a unit of its own, wrapped or not (a list of even lines is not a column)
        if (LineShapes.isListItem(line) || LineShapes.headingLevel(line).isPresent()) {
            return false;
        }
        int w = displayWidth(previous);
        if (w < FULL_SHARE * width || w > width + 2 || SENTENCE_END.indexOf(previous.charAt(previous.length() - 1)) >= 0) {
            return false;
        }
        return w + 1 + displayWidth(firstWord(line)) > width;
    }

    /** The column a block was wrapped at, or 0 when it does not look wrapped. */
    static int wrapWidth(List<String> lines) {
        int[] widths = lines.stream().map(String::strip).filter(l -> !l.isEmpty()).mapToInt(WrappedLines::displayWidth).toArray();
        if (widths.length < MIN_LINES) {
            return 0;
        }
        Arrays.sort(widths);
        int width = widths[(int) (widths.length * 0.9)];
        if (width > MAX_WRAP_WIDTH || width < MIN_WRAP_WIDTH) {
            return 0;
        }
        // a column: a good share of the lines end close to the width
        long full = Arrays.stream(widths).filter(w -> w >= 0.8 * width && w <= width + 2).count();
        return full * 10 >= widths.length * 3L ? width : 0;
    }

    private static String firstWord(String line) {
        int space = line.indexOf(' ');
        return space < 0 ? line : line.substring(0, space);
    }

    /** Characters that take a column: Thai vowel and tone marks above or below do not. */
    static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.getType(s.charAt(i)) != Character.NON_SPACING_MARK) {
                w++;
            }
        }
        return w;
    }
}
