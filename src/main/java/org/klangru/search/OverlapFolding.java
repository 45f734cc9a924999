package org.klangru.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins hits that overlap a better-ranked hit: a long paragraph is cut into passages that overlap (so that a phrase
 * is never split), and two neighbouring passages of one paragraph share their overlap. Showing both would show the
 * same text twice; so the lower-ranked one is left out of the page and its text beyond the overlap is added to the
 * better-ranked one, up to {@link #MAX_JOINED_CHARS}: the reader sees the stretch once, with whatever the lower one
 * held that the better one lacked.
 */
final class OverlapFolding {
    /** How much of a passage's start must lie in its neighbour for the two to be overlapping pieces. */
    static final int PROBE = 40;
    /** A joined hit stays readable: longer joins fold the neighbour without adding its text. */
    static final int MAX_JOINED_CHARS = 1000;

    private static final class Kept {
        final String documentId;
        long first;
        long last;
        String text;

        Kept(String documentId, long ordinal, String text) {
            this.documentId = documentId;
            this.first = ordinal;
            this.last = ordinal;
            this.text = text;
        }
    }

    private final List<Kept> kept = new ArrayList<>();

    /**
     * Adds the next hit in rank order.
     *
     * @return the position (in the order kept) of the better-ranked hit it overlaps, or -1 when it is kept itself
     */
    int add(String documentId, long ordinal, String text) {
        for (int i = 0; i < kept.size(); i++) {
            Kept k = kept.get(i);
            if (!k.documentId.equals(documentId)) {
                continue;
            }
            if (ordinal == k.last + 1) {
                int shared = overlap(k.text, text);
                if (shared > 0) {
                    if (k.text.length() + text.length() - shared <= MAX_JOINED_CHARS) {
                        k.text = k.text + text.substring(shared);
                        k.last = ordinal;
                    }
                    return i;
                }
            } else if (ordinal == k.first - 1) {
                int shared = overlap(text, k.text);
                if (shared > 0) {
                    if (k.text.length() + text.length() - shared <= MAX_JOINED_CHARS) {
                        k.text = text + k.text.substring(shared);
                        k.first = ordinal;
                    }
                    return i;
                }
            }
        }
        kept.add(new Kept(documentId, ordinal, text));
        return -1;
    }

    /** The text of the {@code i}th kept hit, with what the hits folded into it added. */
    String text(int i) {
        return kept.get(i).text;
    }

    /** Whether this hit overlaps one kept before it (kept otherwise). */
    boolean overlapsKept(String documentId, long ordinal, String text) {
        return add(documentId, ordinal, text) >= 0;
    }

    /** How many characters {@code later} begins with that {@code earlier} ends with (an overlapping cut), else 0. */
    static int overlap(String earlier, String later) {
        if (earlier == null || later == null || later.length() < PROBE) {
            return 0;
        }
        int at = earlier.indexOf(later.substring(0, PROBE));
        while (at > 0) {
            String tail = earlier.substring(at);
            if (later.startsWith(tail)) {
                return tail.length();
            }
            at = earlier.indexOf(later.substring(0, PROBE), at + 1);
        }
        return 0;
    }

    static boolean continues(String earlier, String later) {
        return overlap(earlier, later) > 0;
    }
}
