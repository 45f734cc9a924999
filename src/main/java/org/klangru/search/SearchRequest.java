package org.klangru.search;

import java.util.List;

/**
 * A validated search: query text (may be empty in browse mode) and filters. Values within one filter
 * are alternatives (OR); different filters all apply (AND).
 *
 * @param page 1-based
 */
public record SearchRequest(
        String query,
        List<Integer> categories,
        List<String> codes,
        List<String> types,
        List<Integer> years,
        List<String> agencies,
        int page,
        int size) {

    public static final int MAX_SIZE = 100;

    public SearchRequest {
        query = query == null ? "" : query.strip();
        categories = List.copyOf(categories);
        codes = List.copyOf(codes);
        types = List.copyOf(types);
        years = List.copyOf(years);
        agencies = List.copyOf(agencies);
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, List.of(), List.of(), List.of(), List.of(), List.of(), 1, 10);
    }

    public boolean browse() {
        return query.isEmpty();
    }

    public boolean hasLabelFilter() {
        return !categories.isEmpty() || !codes.isEmpty();
    }
}
