package org.klangru.index;

import java.util.List;

/**
 * One passage as the index keeps it.
 *
 * @param heading      the heading path above the passage, outermost first, joined by " › "
 * @param categories   PMQA categories 1-7
 * @param codes        activity codes such as {@code CS1}
 * @param why          JSON object explaining each label (stored only)
 * @param bestPractice 0..1, how much the passage reads as a practice (ranks browse mode)
 * @param page         1-based page the passage starts on, 0 when the format has no pages
 * @param ocr          true when OCR read the passage's text from a scan or an image
 * @param evidenceCategories the categories whose label is sure enough for an evidence pack (a subset of
 *                     {@code categories}: the category model's labels from its stricter evidence threshold)
 */
public record PassageRecord(
        String passageId,
        String documentId,
        int ordinal,
        String heading,
        String text,
        List<Integer> categories,
        List<String> codes,
        String why,
        double bestPractice,
        int page,
        boolean ocr,
        List<Integer> evidenceCategories) {

    public PassageRecord {
        categories = List.copyOf(categories);
        evidenceCategories = List.copyOf(evidenceCategories);
    }

    /** A passage without page or OCR information. */
    public PassageRecord(String passageId, String documentId, int ordinal, String heading, String text,
                         List<Integer> categories, List<String> codes, String why, double bestPractice) {
        this(passageId, documentId, ordinal, heading, text, categories, codes, why, bestPractice, 0, false, categories);
    }

    /** The document a passage id belongs to: the id without its ordinal. */
    public static String documentOf(String passageId) {
        int cut = passageId.lastIndexOf('-');
        return cut > 0 ? passageId.substring(0, cut) : passageId;
    }

    /** The passage's place in its document, from its id (0 for an id without one). */
    public static int ordinalOf(String passageId) {
        int cut = passageId.lastIndexOf('-');
        try {
            return cut > 0 ? Integer.parseInt(passageId.substring(cut + 1)) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public static String passageId(String documentId, int ordinal) {
        // as String.format("%04d"), without its cost on every passage of a bulk ingest
        String digits = Integer.toString(ordinal);
        return documentId + "-" + "0000".substring(Math.min(4, digits.length())) + digits;
    }
}
