package org.klangru.passage;

import java.util.List;

/**
 * A readable unit of a document: about one to three sentences, one list item or one table row.
 *
 * @param ordinal   0-based position in the document
 * @param headings  the heading path above it, outermost first
 * @param text      the passage's text
 * @param page      1-based page number, 0 when unknown
 * @param paragraph the ordinal of the first passage of the paragraph (list item, row) this one was cut from: the
 *                  overlapping pieces of one long paragraph share it, and are labelled as that paragraph; in a paged
 *                  layout (PDF, a scan), whose paragraphs are the extractor's guess, each piece has its own
 */
public record Passage(int ordinal, List<String> headings, String text, int page, int paragraph) {

    /** A passage that is a whole paragraph. */
    public Passage(int ordinal, List<String> headings, String text, int page) {
        this(ordinal, headings, text, page, ordinal);
    }

    /** Between the levels of a heading path. */
    public static final String SEPARATOR = " › ";

    /** The text of the paragraph the given pieces (all of one paragraph, in order) were cut from. */
    public static String paragraphText(List<Passage> pieces) {
        return Chunker.rejoin(pieces.stream().map(Passage::text).toList());
    }

    public String headingPath() {
        return String.join(SEPARATOR, headings);
    }
}
