package org.klangru.taxonomy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Arrays;
import java.util.List;

/**
 * Finds phrases in a {@link MatchText#compact compact} text, longest first: a phrase inside a longer match is not
 * reported ("ความพึงพอใจ" inside "ความพึงพอใจของบุคลากร"), unless both cover exactly the same span. Phrases with
 * Latin letters need non-alphanumeric neighbours ("KM" is not found in "KMUTT"); those of up to four letters are
 * case-sensitive (acronyms: "CoP" is not "cop"), longer ones are not.
 *
 * <p>Phrases are kept in a character trie, so one pass over the text finds all of them. Build once, then use from
 * any number of threads.
 */
final class PhraseMatcher {

    /** A phrase to find; {@code payload} tells the caller what it means; {@code latin}: has Latin letters. */
    record Entry<T>(String surface, String display, T payload, boolean latin) {
    }

    record Hit<T>(Entry<T> entry, int start, int end) {
    }

    /** A trie node; children in small parallel arrays (most nodes have one child), no boxing. */
    private static final class Node {
        private static final char[] NO_KEYS = new char[0];
        private static final Node[] NO_KIDS = new Node[0];
        char[] keys = NO_KEYS;
        Node[] kids = NO_KIDS;
        List<Entry<?>> exact;   // ends here, case-sensitive
        List<Entry<?>> folded;  // ends here, matched on lower-cased text

        /** Children are kept sorted by key: linear search for few, binary search for many. */
        Node child(char c) {
            int len = keys.length;
            if (len <= 8) {
                for (int i = 0; i < len; i++) {
                    if (keys[i] == c) {
                        return kids[i];
                    }
                }
                return null;
            }
            int i = Arrays.binarySearch(keys, c);
            return i >= 0 ? kids[i] : null;
        }

        Node childOrNew(char c) {
            int i = Arrays.binarySearch(keys, c);
            if (i >= 0) {
                return kids[i];
            }
            int at = -i - 1;
            Node n = new Node();
            char[] k = new char[keys.length + 1];
            Node[] d = new Node[kids.length + 1];
            System.arraycopy(keys, 0, k, 0, at);
            System.arraycopy(kids, 0, d, 0, at);
            k[at] = c;
            d[at] = n;
            System.arraycopy(keys, at, k, at + 1, keys.length - at);
            System.arraycopy(kids, at, d, at + 1, kids.length - at);
            keys = k;
            kids = d;
            return n;
        }
    }

    /** First level indexed by character for ASCII and Thai (the text is mostly Thai: most positions stop here). */
    private static final int DIRECT = 0x0E80;
    private final Node[] first = new Node[DIRECT];

    private final Node root = new Node();
    private boolean empty = true;

    /** A matcher over plain terms (payload = the term as written). */
    static PhraseMatcher of(List<String> terms) {
        PhraseMatcher m = new PhraseMatcher();
        for (String t : terms) {
            m.add(t, t);
        }
        return m;
    }

    <T> void add(String display, T payload) {
        String surface = MatchText.compactOf(display);
        if (surface.isEmpty()) {
            return;
        }
        boolean latin = MatchText.hasAsciiLetter(surface);
        boolean fold = latin && surface.length() > 4;
        String key = fold ? lower(surface) : surface;
        char c0 = key.charAt(0);
        Node n;
        if (c0 < DIRECT) {
            if (first[c0] == null) {
                first[c0] = new Node();
            }
            n = first[c0];
        } else {
            n = root.childOrNew(c0);
        }
        for (int i = 1; i < key.length(); i++) {
            n = n.childOrNew(key.charAt(i));
        }
        Entry<T> e = new Entry<>(surface, display, payload, latin);
        if (fold) {
            if (n.folded == null) {
                n.folded = new ArrayList<>(1);
            }
            n.folded.add(e);
        } else {
            if (n.exact == null) {
                n.exact = new ArrayList<>(1);
            }
            n.exact.add(e);
        }
        empty = false;
    }

    /** Every occurrence of every phrase, overlapping ones included, in no particular order. */
    List<Hit<?>> all(String compact) {
        List<Hit<?>> out = new ArrayList<>();
        if (empty) {
            return out;
        }
        String lower = lower(compact);
        boolean same = lower.equals(compact);
        for (int i = 0; i < compact.length(); i++) {
            if (same) {
                walk(compact, compact, i, true, true, out);
            } else {
                walk(compact, compact, i, true, false, out);
                walk(lower, compact, i, false, true, out);
            }
        }
        return out;
    }

    private void walk(String key, String original, int start, boolean exact, boolean folded, List<Hit<?>> out) {
        char c0 = key.charAt(start);
        Node n = c0 < DIRECT ? first[c0] : root.child(c0);
        for (int j = start; n != null; n = ++j < key.length() ? n.child(key.charAt(j)) : null) {
            if (exact && n.exact != null) {
                collect(n.exact, original, start, j + 1, out);
            }
            if (folded && n.folded != null) {
                collect(n.folded, original, start, j + 1, out);
            }
        }
    }

    private static void collect(List<Entry<?>> ends, String original, int start, int end, List<Hit<?>> out) {
        for (Entry<?> e : ends) {
            if (!e.latin() || boundaryOk(original, start, end)) {
                out.add(hit(e, start, end));
            }
        }
    }

    private static <T> Hit<T> hit(Entry<T> e, int start, int end) {
        return new Hit<>(e, start, end);
    }

    /** Non-overlapping hits, longest first, in text order. */
    List<Hit<?>> find(String compact) {
        List<Hit<?>> candidates = all(compact);
        candidates.sort(Comparator.<Hit<?>>comparingInt(h -> h.end() - h.start()).reversed()
                .thenComparingInt(Hit::start));
        List<Hit<?>> accepted = new ArrayList<>();
        boolean[] covered = new boolean[compact.length()];
        for (Hit<?> h : candidates) {
            boolean free = true;
            for (int i = h.start(); i < h.end(); i++) {
                if (covered[i]) {
                    free = false;
                    break;
                }
            }
            if (!free) {
                // an identical span of another category is kept ("ตัวชี้วัด" may count for two categories)
                for (Hit<?> a : accepted) {
                    if (a.start() == h.start() && a.end() == h.end()) {
                        free = true;
                        break;
                    }
                }
            }
            if (free) {
                accepted.add(h);
                for (int i = h.start(); i < h.end(); i++) {
                    covered[i] = true;
                }
            }
        }
        accepted.sort(Comparator.comparingInt(Hit::start));
        return accepted;
    }

    /** The first phrase (in text order) that occurs, else null. */
    Hit<?> first(String compact) {
        Hit<?> best = null;
        for (Hit<?> h : all(compact)) {
            if (best == null || h.start() < best.start()) {
                best = h;
            }
        }
        return best;
    }

    private static boolean boundaryOk(String s, int start, int end) {
        boolean before = start == 0 || !MatchText.isAsciiLetterOrDigit(s.charAt(start - 1))
                || !MatchText.isAsciiLetterOrDigit(s.charAt(start));
        boolean after = end >= s.length() || !MatchText.isAsciiLetterOrDigit(s.charAt(end))
                || !MatchText.isAsciiLetterOrDigit(s.charAt(end - 1));
        return before && after;
    }

    /** ASCII-only lower case (Thai has no case); returns the same object when nothing changes. */
    static String lower(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                char[] a = s.toCharArray();
                for (int j = i; j < a.length; j++) {
                    if (a[j] >= 'A' && a[j] <= 'Z') {
                        a[j] = (char) (a[j] + 32);
                    }
                }
                return new String(a);
            }
        }
        return s;
    }
}
