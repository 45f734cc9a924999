package org.klangru.passage;

/**
 * A structural unit of an extracted document, in reading order.
 *
 * @param level heading level 1-6 for {@link Kind#HEADING}, otherwise 0
 * @param page  1-based page number when the format has pages, otherwise 0
 */
public record Block(Kind kind, String text, int level, int page) {

    public enum Kind { HEADING, PARAGRAPH, LIST_ITEM, TABLE_ROW }

    public static Block paragraph(String text) {
        return new Block(Kind.PARAGRAPH, text, 0, 0);
    }

    public static Block heading(String text, int level) {
        return new Block(Kind.HEADING, text, level, 0);
    }
}
