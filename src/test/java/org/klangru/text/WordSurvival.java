package org.klangru.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.HashMap;
import java.util.Map;

/**
 * "Word survival": the share of a reference text's words (ICU Thai-locale word tokens that contain a letter
 * or digit, counted as a multiset) that are also tokens of a candidate text. A word lost by extraction can
 * no longer be found by search, so this is the number that matters for the index.
 */
public final class WordSurvival {

    private WordSurvival() {
    }

    public static Map<String, Integer> words(String text) {
        BreakIterator it = BreakIterator.getWordInstance(new ULocale("th"));
        it.setText(text);
        Map<String, Integer> counts = new HashMap<>();
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            String token = text.substring(start, end);
            if (token.codePoints().anyMatch(Character::isLetterOrDigit)) {
                counts.merge(token, 1, Integer::sum);
            }
        }
        return counts;
    }

    /** Found reference words / reference words, with each word counted min(reference count, candidate count) times. */
    public static double survival(String reference, String candidate) {
        Map<String, Integer> ref = words(reference);
        Map<String, Integer> cand = words(candidate);
        long total = 0;
        long found = 0;
        for (Map.Entry<String, Integer> e : ref.entrySet()) {
            total += e.getValue();
            found += Math.min(e.getValue(), cand.getOrDefault(e.getKey(), 0));
        }
        return total == 0 ? 1.0 : (double) found / total;
    }

    /** Reference words missing from the candidate, with how many occurrences are missing; for diagnostics. */
    public static Map<String, Integer> lost(String reference, String candidate) {
        Map<String, Integer> ref = words(reference);
        Map<String, Integer> cand = words(candidate);
        Map<String, Integer> lost = new HashMap<>();
        ref.forEach((w, c) -> {
            int missing = c - Math.min(c, cand.getOrDefault(w, 0));
            if (missing > 0) {
                lost.put(w, missing);
            }
        });
        return lost;
    }
}
