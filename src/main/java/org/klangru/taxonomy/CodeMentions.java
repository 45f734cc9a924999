package org.klangru.taxonomy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds activity codes in a {@link MatchText#normalize normalized} text in the forms seen in documents: CS1, CS 1,
 * CS-1, CS 1 A, CS1A, CS๑ (digits are folded before), ranges CS1 – CS7 / CS1-7 / CS 1 ถึง CS 7. Shapes that are
 * never codes are rejected here: decimals and longer numbers (PM 2.5, PM2.5, PM10, IT 4.0, HR-03), a lowercase
 * letter glued to the digit (PM2s), a count word after the number (IT 2 คน). Whether the remaining ones are codes
 * in context (fine dust, PMQA context) is for {@link PassageClassifier} to judge.
 */
final class CodeMentions {

    /**
     * A code found in text.
     *
     * @param code     normalised, e.g. "CS1"
     * @param surface  as written (normalized), e.g. "CS 1 A" or the whole range "CS1 - CS7"
     * @param spaced   written with a space or hyphen between letters and digit
     * @param suffixed followed by a capital letter ("CS 1 A")
     * @param inRange  expanded from a range
     */
    record Found(String code, String surface, int start, int end, boolean spaced, boolean suffixed,
                 boolean inRange) {
    }

    private static final Pattern CODE = Pattern.compile(
            "(?<![A-Za-z0-9])(LD|SP|CS|IT|HR|PM)( ?- ?| )?([0-9]+)");
    private static final Pattern RANGE = Pattern.compile(
            "^ ?(?:-|ถึง|to) ?(?:(LD|SP|CS|IT|HR|PM) ?-? ?)?([0-9])(?![0-9]|[.,][0-9])");

    private final List<String> countWords;

    CodeMentions(Taxonomy taxonomy) {
        this.countWords = taxonomy.classifier().countWords().stream().map(MatchText::normalize).toList();
    }

    /** Every code starts with one of these; most passages hold none, and indexOf is far cheaper than the regex. */
    private static final List<String> PREFIXES = List.of("LD", "SP", "CS", "IT", "HR", "PM");

    List<Found> find(String text) {
        List<Found> out = new ArrayList<>();
        if (PREFIXES.stream().noneMatch(text::contains)) {
            return out;
        }
        Matcher m = CODE.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            from = m.end();
            String prefix = m.group(1);
            String digits = m.group(3);
            boolean spaced = m.group(2) != null;
            int pos = m.end(3);
            if (digits.length() != 1 || digits.charAt(0) < '1' || digits.charAt(0) > '9') {
                continue; // PM10, IT2020, HR-03
            }
            if (pos + 1 < text.length() && (text.charAt(pos) == '.' || text.charAt(pos) == ',')
                    && Character.isDigit(text.charAt(pos + 1))) {
                continue; // PM 2.5, IT 4.0
            }
            if (pos < text.length() && Character.isLowerCase(text.charAt(pos))) {
                continue; // PM2s
            }
            boolean suffixed = false;
            int end = pos;
            int s = pos < text.length() && text.charAt(pos) == ' ' ? pos + 1 : pos;
            if (s < text.length() && text.charAt(s) >= 'A' && text.charAt(s) <= 'Z'
                    && (s + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(s + 1)))) {
                suffixed = true;
                end = s + 1;
            } else if (pos < text.length() && Character.isLetter(text.charAt(pos)) && text.charAt(pos) < 128) {
                continue; // CS1Ab..., glued Latin word
            }
            if (startsWithCountWord(text, end)) {
                continue; // "IT 2 คน", "HR 3 ราย"
            }
            int first = digits.charAt(0) - '0';
            Matcher r = RANGE.matcher(text.substring(end));
            if (r.find() && (r.group(1) == null || r.group(1).equals(prefix))) {
                int last = r.group(2).charAt(0) - '0';
                int rangeEnd = end + r.end();
                if (last > first && !startsWithCountWord(text, rangeEnd)) {
                    for (int k = first; k <= last; k++) {
                        out.add(new Found(prefix + k, text.substring(m.start(), rangeEnd), m.start(), rangeEnd,
                                spaced, suffixed, true));
                    }
                    from = rangeEnd;
                    continue;
                }
            }
            out.add(new Found(prefix + first, text.substring(m.start(), end), m.start(), end, spaced, suffixed,
                    false));
        }
        return out;
    }

    private boolean startsWithCountWord(String text, int at) {
        int i = at;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        for (String w : countWords) {
            int e = i + w.length();
            // a whole word: "คน" but not "คนละ", "ราย" but not "รายงาน"
            if (!w.isEmpty() && text.startsWith(w, i)
                    && (e >= text.length() || !MatchText.isThai(text.charAt(e)) || !MatchText.isThai(w.charAt(w.length() - 1)))) {
                return true;
            }
        }
        return false;
    }
}
