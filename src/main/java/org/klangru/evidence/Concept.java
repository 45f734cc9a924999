package org.klangru.evidence;

import org.klangru.text.MatchKey;
import org.klangru.text.ThaiDigits;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One thing to look for, written as alternatives separated by {@code |} ("ชุมชนนักปฏิบัติ|CoP"); it counts once per
 * passage. Thai alternatives match anywhere in the text regardless of spaces, digit form and sara am spelling (Thai
 * has no spaces between words); Latin alternatives ("KM", "CoP") match as whole words, case-blind, so that "CoP" is not
 * found inside "Scope".
 *
 * @param display      the first alternative, as shown in reasons
 * @param alternatives every alternative, as written
 */
public record Concept(String display, List<String> alternatives) {
    private static final Pattern LATIN = Pattern.compile("[A-Za-z0-9 .&+\\-/:]+");

    public Concept {
        alternatives = List.copyOf(alternatives);
    }

    public static Concept parse(String spec) {
        List<String> alts = Arrays.stream(spec.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (alts.isEmpty()) {
            throw new IllegalArgumentException("empty concept '" + spec + "'");
        }
        return new Concept(alts.get(0), alts);
    }

    public static List<Concept> parseAll(List<String> specs) {
        List<Concept> out = new ArrayList<>();
        if (specs != null) {
            specs.forEach(s -> out.add(parse(s)));
        }
        return List.copyOf(out);
    }

    /** Words to retrieve candidate passages with: every alternative, space-separated (the search ORs words). */
    public String queryText() {
        return String.join(" ", alternatives);
    }

    /** The alternative found in the text, or null. */
    public String foundIn(Text text) {
        for (String alt : alternatives) {
            if (text.contains(alt)) {
                return alt;
            }
        }
        return null;
    }

    /** A passage's text prepared once for many look-ups. */
    public static final class Text {
        private final String key;
        private final String latin;

        public Text(String raw) {
            String s = raw == null ? "" : raw;
            this.key = MatchKey.of(s);
            this.latin = ThaiDigits.toArabic(s).toLowerCase(Locale.ROOT);
        }

        boolean contains(String phrase) {
            if (LATIN.matcher(phrase).matches()) {
                String p = phrase.toLowerCase(Locale.ROOT).strip();
                int from = 0;
                while (true) {
                    int at = latin.indexOf(p, from);
                    if (at < 0) {
                        return false;
                    }
                    int end = at + p.length();
                    if ((at == 0 || !isLatinLetter(latin.charAt(at - 1)))
                            && (end >= latin.length() || !isLatinLetter(latin.charAt(end)))) {
                        return true;
                    }
                    from = at + 1;
                }
            }
            String k = MatchKey.of(phrase);
            return !k.isEmpty() && key.contains(k);
        }

        private static boolean isLatinLetter(char c) {
            return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        }
    }
}
