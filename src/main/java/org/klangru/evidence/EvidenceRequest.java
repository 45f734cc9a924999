package org.klangru.evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a pack is made for, beyond its plan: which agencies and years count, where links point, how many quotations a
 * section shows, and the day the pack is dated.
 *
 * @param agencies         agencies whose documents count (empty: all)
 * @param years            Buddhist-era years of the documents that count (empty: all)
 * @param baseUrl          the web page's address, e.g. http://localhost:8080 (no trailing slash needed)
 * @param quotesPerSection at most this many quotations under a section
 */
public record EvidenceRequest(List<String> agencies, List<Integer> years, String baseUrl, int quotesPerSection,
                              LocalDate generated) {
    public static final String DEFAULT_BASE_URL = "http://localhost:8080";
    public static final int DEFAULT_QUOTES = 5;
    public static final int MAX_QUOTES = 20;

    public EvidenceRequest {
        agencies = List.copyOf(agencies);
        years = List.copyOf(years);
        baseUrl = baseUrl == null || baseUrl.isBlank() ? DEFAULT_BASE_URL : baseUrl.strip().replaceAll("/+$", "");
        if (quotesPerSection < 1 || quotesPerSection > MAX_QUOTES) {
            throw new IllegalArgumentException("quotesPerSection must be 1-" + MAX_QUOTES);
        }
        generated = generated == null ? LocalDate.now() : generated;
    }

    private static final Pattern YEAR_RANGE = Pattern.compile("^([0-9]{4})\\s*[-–]\\s*([0-9]{4})$");

    /**
     * A year as users write it: Buddhist era ("2567"), Common era ("2024", converted) or a range of either
     * ("2565-2567"), Thai digits allowed.
     *
     * @throws IllegalArgumentException with a Thai message saying what is expected
     */
    public static List<Integer> years(String raw) {
        String v = org.klangru.text.ThaiDigits.toArabic(raw == null ? "" : raw.strip());
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
                return y + org.klangru.text.ThaiDates.BE_OFFSET;
            }
        }
        throw new IllegalArgumentException("ปีไม่ถูกต้อง '" + raw + "' ใช้ปี พ.ศ. เช่น 2567 หรือช่วง 2565-2567"
                + " (year: e.g. 2567 or 2565-2567)");
    }

    public static EvidenceRequest all() {
        return new EvidenceRequest(List.of(), List.of(), DEFAULT_BASE_URL, DEFAULT_QUOTES, null);
    }
}
