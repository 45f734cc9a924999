package org.klangru.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds hits that overlap a better-ranked hit: a long paragraph is cut into passages that overlap (so that a
 * phrase is never split), and two neighbouring passages of one paragraph share their overlap. Showing both would
 * show the same text twice, so the lower-ranked one is left out of the page.
 */
final class OverlapFolding {
    /** How much of a passage's start must lie in its neighbour for the two to be overlapping pieces. */
    static final int PROBE = 40;

    private record Kept(String documentId, long ordinal, String text) {}

    private final List<Kept> kept = new ArrayList<>();

    /**
     * Whether this hit overlaps one kept before it; when it does not it is kept, so that later hits are checked
     * against it.
     */
    boolean overlapsKept(String documentId, long ordinal, String text) {
        for (Kept k : kept) {
            if (k.documentId().equals(documentId)
                    && (ordinal == k.ordinal() + 1 && continues(k.text(), text)
                    || ordinal == k.ordinal() - 1 && continues(text, k.text()))) {
                return true;
            }
        }
        kept.add(new Kept(documentId, ordinal, text));
        return false;
    }

    /** Whether {@code later} begins with text that {@code earlier} ends with: an overlapping cut. */
    static boolean continues(String earlier, String later) {
        if (earlier == null || later == null || later.length() < PROBE) {
            return false;
        }
        int at = earlier.indexOf(later.substring(0, PROBE));
        return at > 0 && later.startsWith(earlier.substring(at));
    }
}
