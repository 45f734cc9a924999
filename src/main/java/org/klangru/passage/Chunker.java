package org.klangru.passage;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a long unit of text into pieces of readable size. Thai separates phrases and sentences with a
 * space, so pieces end at spaces; a run without spaces is cut at an ICU word boundary, never inside a word.
 *
 * <p>Pieces overlap: each piece after the first starts at least {@link #KEEP_WHOLE} characters before the end of
 * the piece before it, so every stretch of up to that many characters lies whole in one piece and a phrase is
 * never found in neither (a phrase cut in two matches nowhere). The search folds overlapping hits.
 */
final class Chunker {
    /** Every piece of the text up to this long lies whole in at least one chunk. */
    static final int KEEP_WHOLE = 120;
    /** How far before the required start of the overlap a space is looked for (a longer overlap). */
    private static final int OVERLAP_SLACK = 100;

    private final int targetChars;
    private final int maxChars;

    Chunker(int targetChars, int maxChars) {
        if (targetChars / 2 <= KEEP_WHOLE) {
            throw new IllegalArgumentException("chunks of " + targetChars + " cannot overlap by " + KEEP_WHOLE);
        }
        this.targetChars = targetChars;
        this.maxChars = maxChars;
    }

    List<String> chunk(String text) {
        List<String> out = new ArrayList<>();
        if (text.length() <= maxChars) {
            out.add(text);
            return out;
        }
        int start = 0;
        int previousEnd = 0; // end of the last chunk: the next one must reach beyond it
        while (text.length() - start > maxChars) {
            int from = Math.max(start + targetChars / 2, previousEnd + 1);
            int cut = lastSpaceBetween(text, from, start + targetChars);
            if (cut < 0) {
                cut = firstSpaceBetween(text, Math.max(from, start + targetChars), start + maxChars);
            }
            if (cut < 0) {
                cut = wordBoundaryBefore(text, start + targetChars);
            }
            if (cut <= Math.max(start + KEEP_WHOLE, previousEnd)) { // too short to overlap, or no progress
                cut = Math.max(start + targetChars, previousEnd + 1);
            }
            out.add(text.substring(start, cut).strip());
            previousEnd = cut;
            start = overlapStart(text, start, cut);
        }
        String rest = text.substring(start).strip();
        if (!rest.isEmpty()) {
            out.add(rest);
        }
        return out;
    }

    /**
     * The text {@link #chunk} was given, from its pieces in order: each piece after the first begins inside the one
     * before it, so the overlap is the longest end of the earlier piece that the later one starts with. (Whitespace
     * stripped at a cut inside the overlap is restored by the later piece; none is lost elsewhere. Text that repeats
     * itself across an overlap could be shortened there: harmless for reading what the paragraph is about.)
     */
    static String rejoin(List<String> pieces) {
        if (pieces.size() < 2) {
            return pieces.isEmpty() ? "" : pieces.get(0); // most paragraphs: no copy
        }
        StringBuilder text = new StringBuilder(pieces.get(0));
        for (int i = 1; i < pieces.size(); i++) {
            String before = pieces.get(i - 1);
            String piece = pieces.get(i);
            int overlap = Math.min(before.length(), piece.length());
            while (overlap > 0 && !piece.regionMatches(0, before, before.length() - overlap, overlap)) {
                overlap--;
            }
            text.append(overlap == 0 ? " " : "").append(piece, overlap, piece.length());
        }
        return text.toString();
    }

    /**
     * Where the chunk after {@code [start, end)} begins: at the start of a phrase (after a space) or else of a word,
     * no later than {@link #KEEP_WHOLE} characters before {@code end}, so that any stretch that runs past {@code end}
     * begins inside the next chunk.
     */
    private static int overlapStart(String text, int start, int end) {
        int latest = end - KEEP_WHOLE;
        int space = lastSpaceBetween(text, Math.max(start, latest - OVERLAP_SLACK), latest - 1);
        int next = space >= 0 ? space + 1 : wordBoundaryBefore(text, latest);
        if (next <= start) {
            next = latest; // no boundary in reach: mid-word, but the phrase is still kept whole
        }
        while (next < latest && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        return next;
    }

    private static int lastSpaceBetween(String s, int from, int to) {
        for (int i = Math.min(to, s.length() - 1); i > from; i--) {
            if (s.charAt(i) == ' ') {
                return i;
            }
        }
        return -1;
    }

    private static int firstSpaceBetween(String s, int from, int to) {
        for (int i = from; i < Math.min(to, s.length()); i++) {
            if (s.charAt(i) == ' ') {
                return i;
            }
        }
        return -1;
    }

    private static int wordBoundaryBefore(String s, int at) {
        BreakIterator words = BreakIterator.getWordInstance(new ULocale("th"));
        words.setText(s);
        int b = words.preceding(Math.min(at, s.length()));
        return b == BreakIterator.DONE ? -1 : b;
    }
}
