package org.klangru.search;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/**
 * One passage in a result list, in the JSON shape of the HTTP contract.
 *
 * @param duplicates how many near-identical passages were folded into this one
 * @param alsoIn     the sources of those copies
 * @param page       1-based page the passage starts on; null when the format has no pages
 * @param ocr        true when OCR read the passage from a scan or an image
 */
@Serdeable
public record SearchHit(
        String passageId,
        String documentId,
        String title,
        String source,
        String date,
        String type,
        String agency,
        String heading,
        int ordinal,
        List<Integer> categories,
        List<String> codes,
        String text,
        String highlight,
        double score,
        Map<String, Object> why,
        int duplicates,
        List<String> alsoIn,
        Integer page,
        boolean ocr) {

    /** A hit without page or OCR information. */
    public SearchHit(String passageId, String documentId, String title, String source, String date, String type,
                     String agency, String heading, int ordinal, List<Integer> categories, List<String> codes,
                     String text, String highlight, double score, Map<String, Object> why, int duplicates,
                     List<String> alsoIn) {
        this(passageId, documentId, title, source, date, type, agency, heading, ordinal, categories, codes, text,
                highlight, score, why, duplicates, alsoIn, null, false);
    }

    /** The same hit with its text extended by the overlapping neighbours folded into it. */
    SearchHit withText(String joined) {
        return joined == null || joined.equals(text) ? this
                : new SearchHit(passageId, documentId, title, source, date, type, agency, heading, ordinal, categories,
                codes, joined, highlight, score, why, duplicates, alsoIn, page, ocr);
    }

    /** The same hit with near-identical copies folded into it. */
    SearchHit withCopies(List<String> sources) {
        return new SearchHit(passageId, documentId, title, source, date, type, agency, heading, ordinal, categories,
                codes, text, highlight, score, why, sources.size(), List.copyOf(sources), page, ocr);
    }
}
