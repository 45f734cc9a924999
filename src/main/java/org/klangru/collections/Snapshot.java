package org.klangru.collections;

import java.util.List;

/**
 * A passage as it was when it was pinned: enough to quote and cite it even after its document changed or left the
 * index.
 *
 * @param date ISO date of the document, or null
 * @param page 1-based page, 0 when the format has no pages
 */
public record Snapshot(String passageId, String documentId, String text, String heading, String title, String source,
                       String date, int page, List<Integer> categories, List<String> codes) {
    public Snapshot {
        heading = heading == null ? "" : heading;
        title = title == null ? "" : title;
        source = source == null ? "" : source;
        categories = List.copyOf(categories);
        codes = List.copyOf(codes);
    }

    /** The passage's number in its document, from 1 (ids end in the 0-based ordinal), or 0 when unknown. */
    public int number() {
        int dash = passageId.lastIndexOf('-');
        try {
            return dash < 0 ? 0 : Integer.parseInt(passageId.substring(dash + 1)) + 1;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
