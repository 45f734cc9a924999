package org.klangru.evidence;

import java.time.LocalDate;
import java.util.List;

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

    public static EvidenceRequest all() {
        return new EvidenceRequest(List.of(), List.of(), DEFAULT_BASE_URL, DEFAULT_QUOTES, null);
    }
}
