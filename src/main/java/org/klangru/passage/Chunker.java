package org.klangru.passage;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a long unit of text into pieces of readable size. Thai separates phrases and sentences with a
 * space, so pieces end at spaces; a run without spaces is cut at an ICU word boundary, never inside a word.
 */
final class Chunker {
    private final int targetChars;
    private final int maxChars;

    Chunker(int targetChars, int maxChars) {
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
        while (text.length() - start > maxChars) {
            int cut = lastSpaceBetween(text, start + targetChars / 2, start + targetChars);
            if (cut < 0) {
                cut = firstSpaceBetween(text, start + targetChars, start + maxChars);
            }
            if (cut < 0) {
                cut = wordBoundaryBefore(text, start + targetChars);
            }
            if (cut <= start) {
                cut = start + targetChars;
            }
            out.add(text.substring(start, cut).strip());
            start = cut;
            while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
        }
        String rest = text.substring(start).strip();
        if (!rest.isEmpty()) {
            out.add(rest);
        }
        return out;
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
