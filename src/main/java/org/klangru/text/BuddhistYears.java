package org.klangru.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Years as users type them in a filter, always answered in the Buddhist era. */
public final class BuddhistYears {
    private BuddhistYears() {}

    private static final Pattern YEAR_RANGE = Pattern.compile("^([0-9]{4})\\s*[-–]\\s*([0-9]{4})$");

    /**
     * A year as users write it: Buddhist era ("2567"), Common era ("2024", converted) or a range of either
     * ("2565-2567"), Thai digits allowed.
     *
     * @throws IllegalArgumentException with a Thai message saying what is expected
     */
    public static List<Integer> parse(String raw) {
        String v = ThaiDigits.toArabic(raw == null ? "" : raw.strip());
        Matcher range = YEAR_RANGE.matcher(v);
        if (range.matches()) {
            int from = buddhistYear(range.group(1), raw);
            int to = buddhistYear(range.group(2), raw);
            if (to < from || to - from > 200) {
                throw new IllegalArgumentException("ช่วงปีไม่ถูกต้อง '" + raw + "' (invalid year range)");
            }
            List<Integer> out = new ArrayList<>();
            for (int y = from; y <= to; y++) {
                out.add(y);
            }
            return out;
        }
        return List.of(buddhistYear(v, raw));
    }

    private static int buddhistYear(String v, String raw) {
        if (v.matches("[0-9]{4}")) {
            int y = Integer.parseInt(v);
            if (y >= 2400 && y <= 2800) {
                return y;
            }
            if (y >= 1857 && y <= 2257) {
                return y + ThaiDates.BE_OFFSET;
            }
        }
        throw new IllegalArgumentException("ปีไม่ถูกต้อง '" + raw + "' ใช้ปี พ.ศ. เช่น 2567 หรือช่วง 2565-2567"
                + " (year: e.g. 2567 or 2565-2567)");
    }
}
