package org.klangru.taxonomy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds "หมวด N" in a {@link MatchText#normalize normalized} text (so Thai digits and NBSP are already folded):
 * หมวด 4, หมวดที่ 4, หมวด4, หมวด 4.3, ranges หมวด 1-6 / หมวดที่ 1 ถึง 7, lists หมวด 1, 2 และ 3. It does not decide
 * whether the mention is PMQA; it records what follows (a category name, a cue word, or nothing) and what precedes
 * (a reference word such as ใน / ตาม), for {@link PassageClassifier} to judge.
 */
final class CategoryMentions {

    enum Support {
        /** followed by the category's name, a variant or its award name */
        NAME,
        /** followed by a cue word of the category ("หมวด 3 ผู้รับบริการ...") */
        CUE,
        /** nothing confirms it */
        BARE,
        /**
         * followed by the name or a cue of another category ("หมวดที่ 6 ผลลัพธ์..."): another framework's numbering,
         * never PMQA
         */
        CONFLICT
    }

    /**
     * One mention.
     *
     * @param categories the categories it names (one, or several for ranges and lists)
     * @param start      offset of "หมวด" in the normalized text
     * @param end        end of the mention
     * @param surface    the mention as written (normalized)
     * @param support    what confirms the category, for single mentions
     * @param confirmedBy the name or cue that confirmed it, else null
     * @param reference  preceded by a reference word ("ในหมวด 1-6")
     * @param multi      a range or a list
     */
    record Mention(List<Integer> categories, int start, int end, String surface, Support support, String confirmedBy,
                   boolean reference, boolean multi) {
    }

    private static final Pattern HMD = Pattern.compile("หมวด(?:ที่)?\\s?([0-9])(?![0-9])");
    private static final Pattern HMD_PREFIX = Pattern.compile("^(?:หมวด(?:ที่)?\\s?)?([0-9])(?![0-9])");
    private static final Pattern LEAD_STRIP = Pattern.compile(
            "^[\\s\\-•●▪◦*·>|]*(?:\\(?[0-9]{1,2}(?:\\.[0-9]{1,2})*[.)]?\\s*)?[\\s\\-•●▪◦*·|]*");

    private final List<List<String>> names = new ArrayList<>();
    private final List<List<String>> cues = new ArrayList<>();
    private final List<String> referenceWords;

    CategoryMentions(Taxonomy taxonomy) {
        for (int n = 0; n <= 7; n++) {
            names.add(List.of());
            cues.add(List.of());
        }
        for (Category c : taxonomy.categories()) {
            List<String> ns = new ArrayList<>();
            for (String name : ContentScorer.namesOf(c)) {
                String cn = MatchText.compactOf(name);
                ns.add(cn.startsWith("ด้าน") ? cn.substring("ด้าน".length()) : cn);
            }
            names.set(c.number(), ns);
            cues.set(c.number(), c.nameCues().stream().map(MatchText::compactOf).toList());
        }
        this.referenceWords = taxonomy.classifier().referenceWords();
    }

    List<Mention> find(String text) {
        List<Mention> out = new ArrayList<>();
        Matcher m = HMD.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            int d = m.group(1).charAt(0) - '0';
            int pos = m.end(1);
            from = pos;
            // "หมวด 7/1", "หมวด 1/2": sub-chapters of laws, never PMQA
            if (pos + 1 < text.length() && text.charAt(pos) == '/' && Character.isDigit(text.charAt(pos + 1))) {
                continue;
            }
            // item reference "หมวด 4.3" stays category 4
            if (pos + 1 < text.length() && text.charAt(pos) == '.' && Character.isDigit(text.charAt(pos + 1))) {
                pos += 2;
                while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                    pos++;
                }
            }
            if (d < 1 || d > 7) {
                continue;
            }
            List<Integer> cats = new ArrayList<>(List.of(d));
            boolean multi = false;
            while (true) {
                int q = skipSpaces(text, pos);
                int after = -1;
                boolean range = false;
                if (text.startsWith("-", q)) {
                    after = q + 1;
                    range = true;
                } else if (text.startsWith("ถึง", q)) {
                    after = q + 3;
                    range = true;
                } else if (text.startsWith(",", q)) {
                    after = q + 1;
                } else if (text.startsWith("และ", q)) {
                    after = q + 3;
                } else if (text.startsWith("หรือ", q)) {
                    after = q + 4;
                }
                if (after < 0) {
                    break;
                }
                Matcher next = HMD_PREFIX.matcher(text.substring(skipSpaces(text, after)));
                if (!next.find()) {
                    break;
                }
                int e = next.group(1).charAt(0) - '0';
                int nextEnd = skipSpaces(text, after) + next.end();
                if (nextEnd < text.length() && (text.charAt(nextEnd) == '.' || text.charAt(nextEnd) == '/')
                        && nextEnd + 1 < text.length() && Character.isDigit(text.charAt(nextEnd + 1))) {
                    break;
                }
                int last = cats.get(cats.size() - 1);
                if (range) {
                    if (e <= last || e > 7) {
                        break;
                    }
                    for (int k = last + 1; k <= e; k++) {
                        cats.add(k);
                    }
                } else {
                    if (e < 1 || e > 7 || cats.contains(e)) {
                        break;
                    }
                    cats.add(e);
                }
                multi = true;
                pos = nextEnd;
                from = pos;
                if (range) {
                    break;
                }
            }
            Support support = Support.BARE;
            String confirmedBy = null;
            int target = cats.get(cats.size() - 1);
            String tail = followingWords(text, pos);
            for (String name : names.get(target)) {
                if (!name.isEmpty() && tail.startsWith(name)) {
                    support = Support.NAME;
                    confirmedBy = name;
                    break;
                }
            }
            if (support == Support.BARE) {
                for (String cue : cues.get(target)) {
                    if (!cue.isEmpty() && tail.startsWith(cue)) {
                        support = Support.CUE;
                        confirmedBy = cue;
                        break;
                    }
                }
            }
            if (support == Support.BARE && !multi) {
                String other = otherCategoryWord(target, tail);
                if (other != null) {
                    support = Support.CONFLICT;
                    confirmedBy = other;
                }
            }
            int start = m.start();
            out.add(new Mention(List.copyOf(cats), start, pos, text.substring(start, pos), support, confirmedBy,
                    isReference(text, start), multi));
        }
        return out;
    }

    /** The name or cue of a category other than {@code n} that the text starts with, else null. */
    private String otherCategoryWord(int n, String tail) {
        for (int c = 1; c <= 7; c++) {
            if (c == n) {
                continue;
            }
            for (List<String> words : List.of(names.get(c), cues.get(c))) {
                for (String w : words) {
                    // only words of some length: short cues like "การนำ" are prefixes of too much
                    if (w.length() >= 6 && tail.startsWith(w)) {
                        return w;
                    }
                }
            }
        }
        return null;
    }

    /** The compact text after a mention, without separators and the word ด้าน ("หมวด 4 ด้านการวิเคราะห์"). */
    private static String followingWords(String text, int pos) {
        int end = Math.min(text.length(), pos + 120);
        String tail = MatchText.compact(text.substring(pos, end));
        tail = tail.replaceFirst("^[\\s:：\\-(\"“'\\[]*", "");
        if (tail.startsWith("ด้าน")) {
            tail = tail.substring("ด้าน".length()).replaceFirst("^\\s+", "");
        }
        return tail;
    }

    private boolean isReference(String text, int start) {
        String before = text.substring(Math.max(0, start - 12), start).stripTrailing();
        for (String w : referenceWords) {
            if (before.endsWith(w)) {
                return true;
            }
        }
        return false;
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** Offset where the passage's own words begin, after list markers such as "1.", "- 2)", "•". */
    static int leadOffset(String normalized) {
        Matcher m = LEAD_STRIP.matcher(normalized);
        return m.find() ? m.end() : 0;
    }
}
