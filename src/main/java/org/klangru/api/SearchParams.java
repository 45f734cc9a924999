package org.klangru.api;

import io.micronaut.http.HttpParameters;
import org.klangru.search.SearchRequest;
import org.klangru.text.BuddhistYears;
import org.klangru.text.ThaiDigits;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads and validates the query parameters of {@code /api/snippets}; every mistake is a 400 that says what to fix. */
final class SearchParams {
    static final int MAX_QUERY_CHARS = 1000;
    static final int MAX_PAGE = 1000;
    static final Set<String> TYPES = Set.of("study-visit", "sop-manual", "km-plan", "meeting-news", "award-report", "other");
    private static final Pattern CODE = Pattern.compile("^([A-Za-z]{2})\\s*([0-9]{1,2})$");

    private SearchParams() {}

    static SearchRequest parse(HttpParameters p) {
        String q = p.get("q");
        if (q != null && q.length() > MAX_QUERY_CHARS) {
            throw new BadRequestException("q", "คำค้นยาวเกิน " + MAX_QUERY_CHARS + " ตัวอักษร (query longer than "
                    + MAX_QUERY_CHARS + " characters)");
        }
        List<Integer> categories = new ArrayList<>();
        for (String c : values(p, "category")) {
            categories.add(category(c));
        }
        List<String> codes = new ArrayList<>();
        for (String c : values(p, "code")) {
            codes.add(code(c));
        }
        List<String> types = new ArrayList<>();
        for (String t : values(p, "type")) {
            if (!TYPES.contains(t)) {
                throw new BadRequestException("type", "ไม่รู้จักประเภทเอกสาร '" + t + "' (unknown type; one of " + String.join(", ", TYPES.stream().sorted().toList()) + ")");
            }
            types.add(t);
        }
        List<Integer> years = new ArrayList<>();
        for (String y : values(p, "year")) {
            years.addAll(years(y));
        }
        List<String> agencies = values(p, "agency");
        List<String> sources = new ArrayList<>();
        for (String src : p.getAll("source")) {
            if (src.contains("..") || src.startsWith("/") || src.length() > 1000) {
                throw new BadRequestException("source", "ที่อยู่ไฟล์ต้องสัมพัทธ์กับคลังเอกสาร '" + src + "' (source is a path relative to the corpus)");
            }
            sources.add(src.strip());
        }
        SearchRequest.Order order = order(p.get("sort"));
        int page = intParam(p, "page", 1, 1, MAX_PAGE);
        int size = intParam(p, "size", 10, 1, SearchRequest.MAX_SIZE);
        SearchRequest r = new SearchRequest(q, categories, codes, types, years, agencies, sources, order, page, size);
        if (r.browse() && categories.isEmpty() && codes.isEmpty()) {
            throw new BadRequestException("q", "กรุณาระบุคำค้น (q) หรือหมวด (category) หรือรหัสกิจกรรม (code) "
                    + "(give a query, a category or an activity code)");
        }
        return r;
    }

    /** Repeated parameters and comma-separated values both count: {@code code=CS1&code=CS2}, {@code code=CS1,CS2}. */
    static List<String> values(HttpParameters p, String name) {
        List<String> out = new ArrayList<>();
        for (String raw : p.getAll(name)) {
            for (String part : raw.split(",")) {
                String v = part.strip();
                if (!v.isEmpty()) {
                    out.add(v);
                }
            }
        }
        return out;
    }

    static SearchRequest.Order order(String raw) {
        if (raw == null || raw.isBlank() || raw.equals("relevance")) {
            return SearchRequest.Order.RELEVANCE;
        }
        if (raw.equals("date")) {
            return SearchRequest.Order.DATE;
        }
        throw new BadRequestException("sort", "การเรียงลำดับต้องเป็น relevance หรือ date ได้รับ '" + raw + "' (sort: relevance or date)");
    }

    static int category(String raw) {
        String v = ThaiDigits.toArabic(raw.strip());
        if (v.matches("[1-7]")) {
            return Integer.parseInt(v);
        }
        throw new BadRequestException("category", "หมวดต้องเป็นเลข 1–7 ได้รับ '" + raw + "' (category must be 1-7)");
    }

    static String code(String raw) {
        Matcher m = CODE.matcher(ThaiDigits.toArabic(raw.strip()));
        if (!m.matches()) {
            throw new BadRequestException("code", "รหัสกิจกรรมไม่ถูกต้อง '" + raw + "' เช่น CS1, IT3 (activity code like CS1)");
        }
        return m.group(1).toUpperCase(Locale.ROOT) + Integer.parseInt(m.group(2));
    }

    /** A Buddhist-era year ("2566"), a Common-era year ("2023", converted) or a range of either ("2560-2566"). */
    static List<Integer> years(String raw) {
        try {
            return BuddhistYears.parse(raw);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("year", e.getMessage());
        }
    }

    static int intParam(HttpParameters p, String name, int dflt, int min, int max) {
        String raw = p.get(name);
        if (raw == null || raw.isBlank()) {
            return dflt;
        }
        try {
            int v = Integer.parseInt(ThaiDigits.toArabic(raw.strip()));
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException ignored) {
            // falls through to the message below
        }
        throw new BadRequestException(name, name + " ต้องเป็นจำนวนเต็ม " + min + "–" + max + " ได้รับ '" + raw
                + "' (" + name + " must be a whole number " + min + "-" + max + ")");
    }
}
