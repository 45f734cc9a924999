package org.klangru.taxonomy;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A passage to classify.
 *
 * @param text          the passage as the user sees it
 * @param headings      the heading stack above the passage, outermost first (may be empty)
 * @param documentTitle title of the document, may be null
 */
@Serdeable
public record PassageContext(String text, List<String> headings, String documentTitle) {
    public PassageContext {
        text = text == null ? "" : text;
        headings = headings == null ? List.of() : List.copyOf(headings);
    }

    public PassageContext(String text) {
        this(text, List.of(), null);
    }
}
