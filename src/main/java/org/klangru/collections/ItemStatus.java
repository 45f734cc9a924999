package org.klangru.collections;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a pinned passage stands in today's index: {@code current} (the same passage, the same text), {@code changed}
 * (its document is still indexed and a passage of it holds the same or similar text: that passage replaces it) or
 * {@code removed} (its document is gone, or nothing in it resembles the pinned text any more). The snapshot is what
 * the user pinned either way.
 */
public final class ItemStatus {
    /** Share of character pairs two texts must share (Dice) to count as the same passage after an edit. */
    static final double SIMILAR = 0.5;

    public enum State {
        CURRENT, CHANGED, REMOVED;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** @param replacedBy the passage holding the pinned text now, null when current or removed */
    public record Resolved(State state, String replacedBy) {}

    private final PassageSource source;
    /** A document's passages are read once for all the items of a request. */
    private final Map<String, Optional<List<Snapshot>>> documents = new HashMap<>();

    public ItemStatus(PassageSource source) {
        this.source = source;
    }

    public Resolved of(Snapshot pinned) throws IOException {
        Optional<List<Snapshot>> passages = documents.get(pinned.documentId());
        if (passages == null) {
            passages = source.documentPassages(pinned.documentId());
            documents.put(pinned.documentId(), passages);
        }
        if (passages.isEmpty()) {
            return new Resolved(State.REMOVED, null);
        }
        String text = normal(pinned.text());
        Snapshot best = null;
        double bestScore = 0;
        for (Snapshot p : passages.get()) {
            if (normal(p.text()).equals(text)) {
                if (p.passageId().equals(pinned.passageId())) {
                    return new Resolved(State.CURRENT, null);
                }
                if (bestScore < 1) {
                    best = p;
                    bestScore = 1;
                }
            }
        }
        if (best == null) {
            Set<String> pairs = pairs(text);
            for (Snapshot p : passages.get()) {
                double score = dice(pairs, pairs(normal(p.text())));
                if (score > bestScore) {
                    best = p;
                    bestScore = score;
                }
            }
        }
        return bestScore >= SIMILAR ? new Resolved(State.CHANGED, best.passageId()) : new Resolved(State.REMOVED, null);
    }

    private static String normal(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    private static Set<String> pairs(String text) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 2 <= text.length(); i++) {
            out.add(text.substring(i, i + 2));
        }
        return out;
    }

    private static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String s : a) {
            if (b.contains(s)) {
                shared++;
            }
        }
        return 2.0 * shared / (a.size() + b.size());
    }
}
