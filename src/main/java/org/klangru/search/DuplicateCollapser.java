package org.klangru.search;

import org.klangru.text.MatchKey;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds near-identical passages in a ranked list: the same text republished, or the same document in two
 * formats whose passages were cut a little differently. A later passage is a copy of an earlier one when most
 * of its character shingles (whitespace, digit form and sara am spelling ignored) occur in the earlier one;
 * a later passage that says more than the earlier one is kept.
 */
final class DuplicateCollapser {
    static final int SHINGLE = 5;
    static final double CONTAINMENT = 0.85;

    private DuplicateCollapser() {}

    /** For each input, the index of the earlier input it copies, or -1 when it is the first of its kind. */
    static int[] copiesOf(List<String> texts) {
        Folding folding = new Folding();
        int[] copyOf = new int[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            copyOf[i] = folding.add(texts.get(i));
        }
        return copyOf;
    }

    /** Folds texts one at a time, in rank order, so that a caller can stop once it has enough distinct ones. */
    static final class Folding {
        private final List<int[]> firsts = new ArrayList<>();
        private final List<Integer> firstPositions = new ArrayList<>();
        private int added;

        /** Adds the next text; returns the position of the earlier text it copies, or -1 when it is new. */
        int add(String text) {
            int position = added++;
            int[] mine = shingles(text);
            for (int k = 0; k < firsts.size(); k++) {
                if (mostlyIn(mine, firsts.get(k))) {
                    return firstPositions.get(k);
                }
            }
            firsts.add(mine);
            firstPositions.add(position);
            return -1;
        }

        int distinct() {
            return firsts.size();
        }
    }

    /** Whether most of {@code later}'s shingles are in {@code earlier}; both sorted and distinct. */
    private static boolean mostlyIn(int[] later, int[] earlier) {
        int needed = (int) Math.ceil(CONTAINMENT * later.length);
        if (earlier.length < needed) {
            return false; // too small to hold enough of them
        }
        int shared = 0;
        for (int a = 0, b = 0; a < later.length && b < earlier.length; ) {
            if (later[a] == earlier[b]) {
                shared++;
                a++;
                b++;
            } else if (later[a] < earlier[b]) {
                a++;
            } else {
                b++;
            }
        }
        return shared >= needed;
    }

    /** Hashes of the text's character 5-grams, sorted and distinct. */
    static int[] shingles(String text) {
        String n = MatchKey.of(text.replace('|', ' '));
        if (n.length() < SHINGLE) {
            return new int[] {n.hashCode()};
        }
        int[] out = new int[n.length() - SHINGLE + 1];
        for (int i = 0; i < out.length; i++) {
            int h = 0;
            for (int k = i; k < i + SHINGLE; k++) {
                h = 31 * h + n.charAt(k);
            }
            out[i] = h;
        }
        Arrays.sort(out);
        int distinct = 0;
        for (int i = 0; i < out.length; i++) {
            if (i == 0 || out[i] != out[i - 1]) {
                out[distinct++] = out[i];
            }
        }
        return Arrays.copyOf(out, distinct);
    }
}
