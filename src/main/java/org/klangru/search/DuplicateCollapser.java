package org.klangru.search;

import org.klangru.text.MatchKey;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds near-identical passages in a ranked list: the same text republished, or the same document in two
 * formats whose passages were cut a little differently. A later passage is a copy of an earlier one when most
 * of its character shingles (whitespace, digit form and sara am spelling ignored) occur in the earlier one;
 * a later passage that says more than the earlier one is kept.
 */
final class DuplicateCollapser {
    static final int SHINGLE = 5;
    static final double CONTAINMENT = 0.85;

    /** For each input, the index of the earlier input it copies, or -1 when it is the first of its kind. */
    static int[] copiesOf(List<String> texts) {
        List<Set<Integer>> shingles = new ArrayList<>(texts.size());
        int[] copyOf = new int[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            Set<Integer> mine = shingles(texts.get(i));
            copyOf[i] = -1;
            for (int j = 0; j < i && copyOf[i] < 0; j++) {
                if (copyOf[j] < 0 && mostlyIn(mine, shingles.get(j))) {
                    copyOf[i] = j;
                }
            }
            shingles.add(mine);
        }
        return copyOf;
    }

    private static boolean mostlyIn(Set<Integer> later, Set<Integer> earlier) {
        int shared = 0;
        for (Integer s : later) {
            if (earlier.contains(s)) {
                shared++;
            }
        }
        return shared >= CONTAINMENT * later.size();
    }

    static Set<Integer> shingles(String text) {
        String n = MatchKey.of(text.replace('|', ' '));
        Set<Integer> out = new HashSet<>();
        if (n.length() < SHINGLE) {
            out.add(n.hashCode());
            return out;
        }
        for (int i = 0; i + SHINGLE <= n.length(); i++) {
            out.add(n.substring(i, i + SHINGLE).hashCode());
        }
        return out;
    }
}
