package org.klangru.analysis;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the equivalents a text defines for itself in parentheses, the way Thai government writing introduces a
 * name: "ธนาคารอาคารสงเคราะห์ (ธอส.)", "ธอส. (ธนาคารอาคารสงเคราะห์)", "การหมุนเวียนงาน (Job Rotation)",
 * "Job Rotation (การหมุนเวียนงาน)", "ศูนย์ราชการสะดวก (GECC)".
 *
 * <p>A Thai abbreviation is accepted only when its letters are, in order, letters of the full name that begins with
 * its first letter at a word start (an organisation word before it, such as กรม or การ, is kept with the name); the
 * Thai side of a translation is the phrase before the parenthesis (back to a space or punctuation) without the
 * linking words in front of it. Pure function; thread-safe.
 */
public final class EquivalentMiner {
    static final int MAX_LONG_CHARS = 80;
    static final int MAX_ENGLISH_WORDS = 6;

    /** "(…)" with no nested parentheses. */
    private static final Pattern PARENS = Pattern.compile("\\(([^()\\n]{2,100})\\)");
    /** A Thai abbreviation: letters with dots, "ธอส.", "สป.มท.", "ก.พ.ร.". */
    private static final Pattern THAI_ABBREVIATION = Pattern.compile("(?:[ก-ฮ][ก-ฮะ-ฺเ-์]{0,5}\\.){1,4}");
    /**
     * A Latin acronym: "GECC", "MRTA", "CoP", "KPIs" (two capitals at least), with the number that is part of some
     * names: "PM 2.5", "PM2.5", "ISO 9001", "COVID-19".
     */
    private static final Pattern LATIN_ACRONYM =
            Pattern.compile("(?=[^0-9]*[A-Z][^0-9]*[A-Z])[A-Z][A-Za-z&]{1,9}(?:[ -]?[0-9]{1,5}(?:\\.[0-9]{1,2})?)?");
    /** An English name and its acronym in one parenthesis: "Business Continuity Plan : BCP". */
    private static final Pattern NAME_AND_ACRONYM = Pattern.compile("([A-Za-z][A-Za-z0-9&'\\- ]{3,80}?)\\s*:\\s*([A-Z][A-Za-z&]{1,9})");
    private static final Pattern TRAILING_NUMBER = Pattern.compile("[0-9][0-9.]*$");
    /** A short English phrase: words of Latin letters (digits, '&' and '-' inside), one to six of them. */
    private static final Pattern ENGLISH = Pattern.compile("[A-Za-z][A-Za-z0-9&'\\-]*(?: [A-Za-z0-9&][A-Za-z0-9&'\\-]*){0,5}");
    /** Thai text (letters and marks, spaces inside allowed), no digits or Latin. */
    private static final Pattern THAI_PHRASE = Pattern.compile("[ก-๎](?:[ก-๎ ]*[ก-๎])?");

    /** Words that begin the name of an organisation but are often left out of its abbreviation. */
    private static final Set<String> ORGANISATION_WORDS = Set.of("กรม", "กระทรวง", "สำนักงาน", "สำนัก", "กอง",
            "ศูนย์", "สถาบัน", "องค์การ", "การ", "ธนาคาร", "บริษัท", "โรงพยาบาล", "มหาวิทยาลัย", "คณะ", "สมาคม",
            "มูลนิธิ", "กองทุน", "สถานี", "โรงเรียน", "วิทยาลัย", "เทศบาล", "องค์กร");
    /** Linking words that are not part of the phrase they introduce. */
    private static final Set<String> LINKING_WORDS = Set.of("โดย", "ซึ่ง", "ที่", "และ", "หรือ", "ของ", "ใน", "จาก",
            "ด้วย", "เพื่อ", "คือ", "ได้แก่", "ตาม", "เป็น", "มี", "ให้", "กับ", "แก่", "ว่า", "ได้", "จะ", "ถึง", "สู่",
            "อาทิ", "เช่น", "ผ่าน", "ต่อ", "ทั้ง", "ใช้", "นำ", "ด้วยการ", "หรือที่เรียกว่า", "เรียกว่า", "นั้น", "นี้", "แห่ง", "ด้าน", "เรื่อง");

    /** Words the segmenter sometimes cuts before การ although การ ends them ("จัด|การ"). */
    private static final List<String> COMPOUND_WITH_KAN = List.of("จัด", "ดำเนิน", "ประ", "กิจ", "บริ", "อา", "ภาร");

    /** A word iterator per thread: making one costs more than the short runs it segments. */
    private static final ThreadLocal<BreakIterator> WORDS =
            ThreadLocal.withInitial(() -> BreakIterator.getWordInstance(ULocale.forLanguageTag("th")));

    private EquivalentMiner() {}

    public static Set<Equivalent> mine(String text) {
        Set<Equivalent> out = new LinkedHashSet<>();
        if (text == null || text.indexOf('(') < 0) {
            return out;
        }
        Matcher m = PARENS.matcher(text);
        while (m.find()) {
            String inside = m.group(1).strip();
            String before = text.substring(Math.max(0, m.start() - MAX_LONG_CHARS - 20), m.start());
            mineOne(before, inside, out);
        }
        return out;
    }

    private static void mineOne(String before, String inside, Set<Equivalent> out) {
        Matcher named = NAME_AND_ACRONYM.matcher(inside);
        if (named.matches()) {
            // "(Government Easy Contact Center: GECC)": the Thai before names both the acronym and the English name
            mineOne(before, named.group(2), out);
            mineOne(before, named.group(1), out);
            return;
        }
        String lead = stripEnd(before);
        if (THAI_ABBREVIATION.matcher(inside).matches() && letters(inside) >= 2) { // "น." is a time, not a name
            fullNameBefore(lead, inside).ifPresent(full -> out.add(new Equivalent(inside, full, Equivalent.Kind.ABBREVIATION)));
            return;
        }
        if (LATIN_ACRONYM.matcher(inside).matches()) {
            String phrase = thaiPhraseBefore(lead);
            if (phrase != null && afterOwnNumber(lead, phrase, inside)) {
                return; // "ฝุ่นละอองขนาดเล็กไม่เกิน 2.5 ไมครอน (PM2.5)": the words after the number are its unit
            }
            String thai = lastWords(phrase, (int) inside.chars().filter(c -> isLatin((char) c)).count());
            if (thai != null) {
                out.add(new Equivalent(inside, thai, Equivalent.Kind.ABBREVIATION));
            }
            return;
        }
        if (ENGLISH.matcher(inside).matches() && (inside.chars().anyMatch(Character::isLowerCase) || inside.indexOf(' ') > 0)) {
            String thai = lastWords(thaiPhraseBefore(lead), inside.split("\\s+").length);
            if (thai != null) {
                out.add(new Equivalent(english(inside), thai, Equivalent.Kind.TRANSLATION));
            }
            return;
        }
        if (THAI_PHRASE.matcher(inside).matches() && inside.length() <= MAX_LONG_CHARS) {
            String abbreviation = tokenBefore(lead, THAI_ABBREVIATION);
            if (abbreviation != null && letters(abbreviation) >= 2) {
                if (spells(abbreviation, inside, 0)) {
                    out.add(new Equivalent(abbreviation, inside, Equivalent.Kind.ABBREVIATION));
                }
                return;
            }
            String english = englishBefore(lead);
            if (english != null && inside.indexOf(' ') < 0) {
                out.add(new Equivalent(english(english), trimLinking(inside), Equivalent.Kind.TRANSLATION));
            }
        }
    }

    /** Whether the phrase ending {@code lead} follows the number the acronym ends with ("2.5" of "PM2.5"). */
    private static boolean afterOwnNumber(String lead, String phrase, String acronym) {
        Matcher number = TRAILING_NUMBER.matcher(acronym);
        return number.find() && stripEnd(lead.substring(0, lead.length() - phrase.length())).endsWith(number.group());
    }

    /** The shortest name before the parenthesis that begins at a word with the abbreviation's first letter and spells it. */
    static java.util.Optional<String> fullNameBefore(String lead, String abbreviation) {
        int from = Math.max(Math.max(lead.lastIndexOf(')'), lead.lastIndexOf('(')) + 1, 0);
        String run = lead.substring(from);
        List<Integer> starts = wordStarts(run);
        for (int k = starts.size() - 1; k >= 0; k--) {
            int s = starts.get(k);
            if (run.length() - s > MAX_LONG_CHARS) {
                break;
            }
            String name = run.substring(s);
            if (name.chars().anyMatch(Character::isWhitespace)) {
                break; // names are written without spaces: a space means the start is in the sentence before
            }
            if (firstConsonant(name) == firstConsonant(abbreviation) && spells(abbreviation, name, 0)
                    && letters(name) >= letters(abbreviation) + 2) {
                // an organisation word just before is part of the name ("กรม" of "กรมทางหลวงชนบท (ทช.)")
                if (k > 0 && ORGANISATION_WORDS.contains(run.substring(starts.get(k - 1), s))) {
                    name = run.substring(starts.get(k - 1));
                }
                return java.util.Optional.of(name);
            }
        }
        return java.util.Optional.empty();
    }

    /** Whether the abbreviation's letters occur in order in {@code name} (dots and marks ignored). */
    static boolean spells(String abbreviation, String name, int from) {
        int at = from;
        for (int i = 0; i < abbreviation.length(); i++) {
            char c = abbreviation.charAt(i);
            if (!isConsonant(c)) {
                continue;
            }
            at = name.indexOf(c, at);
            if (at < 0) {
                return false;
            }
            at++;
        }
        return true;
    }

    /** The Thai phrase just before the parenthesis, without linking words in front; null when there is none. */
    static String thaiPhraseBefore(String lead) {
        int i = lead.length();
        while (i > 0 && isThai(lead.charAt(i - 1))) {
            i--;
        }
        if (i == lead.length()) {
            return null;
        }
        String phrase = trimLinking(lead.substring(i));
        return phrase.length() >= 4 && phrase.length() <= MAX_LONG_CHARS ? phrase : null;
    }

    /**
     * The Thai side of a translation is no longer than its English side allows: at most {@code 2n + 3} words for
     * {@code n} English words (or acronym letters), taken from the end, as the phrase before a parenthesis often
     * begins inside the clause before the name.
     */
    static String lastWords(String thai, int englishWords) {
        if (thai == null) {
            return null;
        }
        List<Integer> starts = wordStarts(thai);
        // a Thai term for a thing or an act is a noun phrase, which begins with การ or ความ when it has them
        for (int k = 1; k < starts.size() - 1; k++) {
            String word = thai.substring(starts.get(k), starts.get(k + 1));
            String before = thai.substring(0, starts.get(k));
            if ((word.equals("การ") || word.equals("ความ")) && COMPOUND_WITH_KAN.stream().noneMatch(before::endsWith)) {
                thai = thai.substring(starts.get(k));
                starts = wordStarts(thai);
                break;
            }
        }
        int keep = 2 * englishWords + 3;
        if (starts.size() <= keep) {
            return thai;
        }
        String cut = trimLinking(thai.substring(starts.get(starts.size() - keep)));
        return cut.length() >= 4 ? cut : null;
    }

    private static String trimLinking(String phrase) {
        List<Integer> starts = wordStarts(phrase);
        int k = 0;
        while (k < starts.size() - 1) {
            String word = phrase.substring(starts.get(k), starts.get(k + 1));
            if (!LINKING_WORDS.contains(word.strip())) {
                break;
            }
            k++;
        }
        return phrase.substring(starts.isEmpty() ? 0 : starts.get(k)).strip();
    }

    /** The last space-separated token of the text when it matches {@code p} (an abbreviation right before the parenthesis). */
    private static String tokenBefore(String lead, Pattern p) {
        int i = lead.length();
        while (i > 0 && !Character.isWhitespace(lead.charAt(i - 1)) && lead.charAt(i - 1) != ')') {
            i--;
        }
        String token = lead.substring(i);
        return p.matcher(token).matches() ? token : null;
    }

    /** English words just before the parenthesis (up to {@value #MAX_ENGLISH_WORDS}); null when there are none. */
    private static String englishBefore(String lead) {
        int i = lead.length();
        while (i > 0 && (isLatin(lead.charAt(i - 1)) || lead.charAt(i - 1) == ' ' || Character.isDigit(lead.charAt(i - 1))
                || lead.charAt(i - 1) == '-' || lead.charAt(i - 1) == '&')) {
            i--;
        }
        String english = lead.substring(i).strip();
        if (english.isEmpty() || !ENGLISH.matcher(english).matches() || !isLatin(english.charAt(0))
                || english.split(" ").length > MAX_ENGLISH_WORDS || english.length() < 2) {
            return null;
        }
        return english;
    }

    /** English as the index compares it: case folded, single spaces. */
    private static String english(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String stripEnd(String s) {
        int e = s.length();
        while (e > 0 && Character.isWhitespace(s.charAt(e - 1))) {
            e--;
        }
        return s.substring(0, e);
    }

    private static List<Integer> wordStarts(String s) {
        List<Integer> starts = new ArrayList<>();
        BreakIterator words = WORDS.get();
        words.setText(s);
        for (int b = words.first(); b != BreakIterator.DONE && b < s.length(); b = words.next()) {
            if (!Character.isWhitespace(s.charAt(b))) {
                starts.add(b);
            }
        }
        return starts;
    }

    private static char firstConsonant(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isConsonant(s.charAt(i))) {
                return s.charAt(i);
            }
        }
        return 0;
    }

    private static int letters(String s) {
        return (int) s.chars().filter(c -> isConsonant((char) c)).count();
    }

    private static boolean isConsonant(char c) {
        return c >= 'ก' && c <= 'ฮ';
    }

    private static boolean isThai(char c) {
        return c >= '\u0E01' && c <= '\u0E4E' && !(c >= '\u0E50' && c <= '\u0E59') && c != 'ฯ' && c != 'ๆ';
    }

    private static boolean isLatin(char c) {
        return c < 128 && Character.isLetter(c);
    }
}
