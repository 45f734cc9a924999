package org.klangru.passage;

import java.util.List;

/**
 * A readable unit of a document: about one to three sentences, one list item or one table row.
 *
 * @param ordinal  0-based position in the document
 * @param headings the heading path above it, outermost first
 * @param page     1-based page number, 0 when unknown
 */
public record Passage(int ordinal, List<String> headings, String text, int page) {

    /** Between the levels of a heading path. */
    public static final String SEPARATOR = " › ";

    public String headingPath() {
        return String.join(SEPARATOR, headings);
    }
}
