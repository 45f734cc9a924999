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
        double bestPractice) {

    public static String passageId(String documentId, int ordinal) {
        return documentId + "-" + String.format("%04d", ordinal);
    }
}
