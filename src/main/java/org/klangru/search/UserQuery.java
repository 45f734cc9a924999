package org.klangru.search;

import org.klangru.text.ThaiDigits;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a user typed, understood: free words, "quoted phrases", -excluded words, and PMQA activity codes or
 * หมวด N mentioned in passing. Nothing here fails: syntax that does not parse is read as plain words.
 *
 * @param words      the text to match word by word (phrases included, exclusions removed)
 * @param phrases    quoted phrases that must appear as written
 * @param excluded   words or phrases after a minus sign
 * @param codes      activity codes in the query ("CS1"), normalised
 * @param categories categories named as หมวด N
 */
public record UserQuery(String words, List<String> phrases, List<String> excluded, List<String> codes, List<Integer> categories) {

    private static final Pattern QUOTED = Pattern.compile("[\"“”]([^\"“”]+)[\"“”]");
    private static final Pattern EXCLUDED = Pattern.compile("(?:^|\\s)-([\"“]([^\"“”]+)[\"”]|[^\\s\"“”-][^\\s]*)");
    /** LD1, CS 1, cs๑ — but not PM 2.5 or PM10 (fine dust). */
    private static final Pattern CODE = Pattern.compile("(?i)(?<![A-Za-z])(LD|SP|CS|IT|HR|PM)\\s?([1-7])(?![0-9.,])");
    private static final Pattern CATEGORY = Pattern.compile("หมวด(?:ที่)?[\\s\\u00A0]*([1-7])(?![0-9])");

    public static UserQuery parse(String raw) {
        String text = raw == null ? "" : raw.strip();
        List<String> excluded = new ArrayList<>();
        Matcher ex = EXCLUDED.matcher(text);
        StringBuilder rest = new StringBuilder();
        while (ex.find()) {
            excluded.add(ex.group(2) != null ? ex.group(2).strip() : ex.group(1).strip());
            ex.appendReplacement(rest, " ");
        }
        ex.appendTail(rest);
        text = rest.toString();

        List<String> phrases = new ArrayList<>();
        Matcher q = QUOTED.matcher(text);
        while (q.find()) {
            if (!q.group(1).isBlank()) {
                phrases.add(q.group(1).strip());
            }
        }
        // unbalanced or stray quotes are just punctuation
        String words = text.replaceAll("[\"“”]", " ").replaceAll("\\s+", " ").strip();

        String folded = ThaiDigits.toArabic(words);
        List<String> codes = new ArrayList<>();
        Matcher c = CODE.matcher(folded);
        while (c.find()) {
            String code = c.group(1).toUpperCase(Locale.ROOT) + c.group(2);
            if (!codes.contains(code)) {
                codes.add(code);
            }
        }
        List<Integer> categories = new ArrayList<>();
        Matcher k = CATEGORY.matcher(folded);
        while (k.find()) {
            int n = Integer.parseInt(k.group(1));
            if (!categories.contains(n)) {
                categories.add(n);
            }
        }
        return new UserQuery(words, List.copyOf(phrases), List.copyOf(excluded), List.copyOf(codes), List.copyOf(categories));
    }
}
