package org.klangru.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Thai dates in text: day, Thai month name (full or abbreviated, common misspellings) and year in the Buddhist era
 * (พ.ศ., also two-digit "66") or the Common Era (ค.ศ.), in Thai or Arabic digits; d/m/yyyy; fiscal years
 * (ปีงบประมาณ, starting 1 October). Pure functions, no state.
 *
 * <pre>
 *   firstDate("เมื่อวันที่ ๓๑ มีนาคม ๒๕๕๔")       -> 2011-03-31
 *   firstDate("20-21 ก.พ. 66")                  -> 2023-02-20
 *   fiscalYear("ปีงบประมาณ พ.ศ. 2566")           -> 2566
 *   fiscalYearOf(LocalDate.of(2022, 10, 1))     -> 2566
 * </pre>
 */
public final class ThaiDates {
    /** Buddhist era year minus Common Era year. */
    public static final int BE_OFFSET = 543;

    private static final String[][] MONTHS = {
        {"มกราคม", "ม.ค."},
        {"กุมภาพันธ์", "กุมภาพันธ", "ก.พ."},
        {"มีนาคม", "มี.ค."},
        {"เมษายน", "เม.ย."},
        {"พฤษภาคม", "พ.ค."},
        {"มิถุนายน", "มิ.ย."},
        {"กรกฎาคม", "กรกฏาคม", "ก.ค."},
        {"สิงหาคม", "ส.ค."},
        {"กันยายน", "ก.ย."},
        {"ตุลาคม", "ต.ค."},
        {"พฤศจิกายน", "พ.ย."},
        {"ธันวาคม", "ธ.ค."},
    };
    private static final Map<String, Integer> MONTH_OF = new LinkedHashMap<>();
    private static final String MONTH_RE;

    static {
        List<String> names = new ArrayList<>();
        for (int m = 0; m < MONTHS.length; m++) {
            for (String n : MONTHS[m]) {
                MONTH_OF.put(key(n), m + 1);
                names.add(n);
            }
        }
        names.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder b = new StringBuilder();
        for (String n : names) {
            if (b.length() > 0) {
                b.append('|');
            }
            // abbreviations also without dots or with spaces: "ม.ค", "มค.", "ม. ค."
            b.append(Pattern.quote(n).replace(".", "\\E\\.?\\s?\\Q"));
        }
        MONTH_RE = "(?:" + b + ")";
    }

    // "ก.พ." must not be the start of "ก.พ.ร." (the OPDC); a month is never followed by a Thai letter
    private static final String MONTH_END = "(?!\\s?ร\\.)(?![ก-ฮ])";
    private static final String ERA = "(?:(พ\\.?\\s?ศ\\.?|ค\\.?\\s?ศ\\.?)\\s?)?";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<![0-9])([0-9]{1,2})(?:\\s?-\\s?[0-9]{1,2})?\\s?(" + MONTH_RE + ")" + MONTH_END + "\\s?" + ERA
                    + "([0-9]{4}|[0-9]{2}(?![.:][0-9]))(?![0-9])"); // "5 มีนาคม 10.00 น." has no year
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![0-9/])([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})(?![0-9/])");
    private static final Pattern MONTH_YEAR = Pattern.compile(
            "(" + MONTH_RE + ")" + MONTH_END + "\\s?" + ERA + "([0-9]{4})(?![0-9])");
    private static final Pattern FISCAL = Pattern.compile(
            "ปีงบ(?:ประมาณ)?\\s?(?:พ\\.?\\s?ศ\\.?\\s?)?([0-9]{4}|[0-9]{2})(?![0-9])|(?i:fiscal year|FY)\\s?([0-9]{4})(?![0-9])");
    private static final Pattern BE_YEAR = Pattern.compile("พ\\.?\\s?ศ\\.?\\s?([0-9]{4})(?![0-9])");

    private ThaiDates() {
    }

    /** The first full date (day, month, year) in the text. */
    public static Optional<LocalDate> firstDate(String text) {
        List<LocalDate> all = dates(text);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** Every full date in the text, in text order (invalid ones such as 31 กุมภาพันธ์ are skipped). */
    public static List<LocalDate> dates(String text) {
        String t = fold(text);
        record At(int pos, LocalDate date) {
        }
        List<At> found = new ArrayList<>();
        Matcher m = DAY_MONTH_YEAR.matcher(t);
        while (m.find()) {
            Integer month = MONTH_OF.get(key(m.group(2)));
            Integer year = year(m.group(4), m.group(3));
            LocalDate d = month == null || year == null ? null : date(year, month, Integer.parseInt(m.group(1)));
            if (d != null) {
                found.add(new At(m.start(), d));
            }
        }
        Matcher n = NUMERIC.matcher(t);
        while (n.find()) {
            Integer year = year(n.group(3), null);
            LocalDate d = year == null ? null
                    : date(year, Integer.parseInt(n.group(2)), Integer.parseInt(n.group(1)));
            if (d != null) {
                found.add(new At(n.start(), d));
            }
        }
        found.sort(Comparator.comparingInt(At::pos));
        return found.stream().map(At::date).toList();
    }

    /** The first month and year without a day ("กันยายน 2564"), or of a full date, whichever comes first. */
    public static Optional<YearMonth> firstMonth(String text) {
        String t = fold(text);
        Matcher m = MONTH_YEAR.matcher(t);
        while (m.find()) {
            Integer month = MONTH_OF.get(key(m.group(1)));
            Integer year = year(m.group(3), m.group(2));
            if (month != null && year != null) {
                return Optional.of(YearMonth.of(year, month));
            }
        }
        return firstDate(text).map(YearMonth::from);
    }

    /** Every month-and-year without a day ("กันยายน 2564"), in text order. */
    public static List<YearMonth> months(String text) {
        String t = fold(text);
        List<YearMonth> out = new ArrayList<>();
        Matcher m = MONTH_YEAR.matcher(t);
        while (m.find()) {
            Integer month = MONTH_OF.get(key(m.group(1)));
            Integer year = year(m.group(3), m.group(2));
            if (month != null && year != null) {
                out.add(YearMonth.of(year, month));
            }
        }
        return out;
    }

    /**
     * The first fiscal year written in the text (ปีงบประมาณ พ.ศ. 2566, ปีงบ 66, FY2023), in the Buddhist era.
     */
    public static OptionalInt fiscalYear(String text) {
        List<Integer> all = fiscalYears(text);
        return all.isEmpty() ? OptionalInt.empty() : OptionalInt.of(all.get(0));
    }

    /** Every fiscal year written in the text, in order, Buddhist era. */
    public static List<Integer> fiscalYears(String text) {
        String t = fold(text);
        List<Integer> out = new ArrayList<>();
        Matcher m = FISCAL.matcher(t);
        while (m.find()) {
            if (m.group(1) != null) {
                String y = m.group(1);
                int be = y.length() == 2 ? 2500 + Integer.parseInt(y) : Integer.parseInt(y);
                if (be >= 2400 && be < 2700) {
                    out.add(be);
                }
            } else {
                int ce = Integer.parseInt(m.group(2));
                if (ce >= 1900 && ce < 2200) {
                    out.add(ce + BE_OFFSET);
                }
            }
        }
        return out;
    }

    /** The Thai fiscal year (Buddhist era) a date falls in: it starts on 1 October of the year before. */
    public static int fiscalYearOf(LocalDate date) {
        return toBuddhist(date.getYear()) + (date.getMonthValue() >= 10 ? 1 : 0);
    }

    /** Years written with พ.ศ. ("พ.ศ. 2549"), in order. */
    public static List<Integer> buddhistYears(String text) {
        List<Integer> out = new ArrayList<>();
        Matcher m = BE_YEAR.matcher(fold(text));
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            if (y >= 2400 && y < 2700) {
                out.add(y);
            }
        }
        return out;
    }

    public static int toBuddhist(int commonEraYear) {
        return commonEraYear + BE_OFFSET;
    }

    public static int toCommonEra(int buddhistYear) {
        return buddhistYear - BE_OFFSET;
    }

    /**
     * A Common Era year from a written year: four digits from 2400 are Buddhist era, 1900–2199 Common Era (unless
     * marked พ.ศ.); two digits are 25xx Buddhist era ("66" is 2566), or 20xx with ค.ศ.
     */
    private static Integer year(String digits, String era) {
        int y = Integer.parseInt(digits);
        boolean ce = era != null && era.startsWith("ค");
        boolean be = era != null && era.startsWith("พ");
        if (digits.length() == 2) {
            return ce ? 2000 + y : toCommonEra(2500 + y);
        }
        if (y >= 2400 && y < 2700 && !ce) {
            return toCommonEra(y);
        }
        if (y >= 1900 && y < 2200 && !be) {
            return y;
        }
        return null;
    }

    private static LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null; // 31 เมษายน, 13/13/2566: not a date
        }
    }

    private static String key(String monthName) {
        return monthName.replace(".", "").replace(" ", "");
    }

    /** Thai digits to Arabic, every space-like character to a space, zero-width characters removed. */
    private static String fold(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u0E50' && c <= '\u0E59') {
                b.append((char) ('0' + (c - '\u0E50')));
            } else if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u00AD') {
                continue;
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                b.append(' ');
            } else if (c == '\u2013' || c == '\u2014' || c == '\u2212') {
                b.append('-');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
