package org.klangru.search;

import java.util.List;

/**
 * A validated search: query text (may be empty in browse mode) and filters. Values within one filter
 * are alternatives (OR); different filters all apply (AND).
 *
 * @param sources source paths; one ending in '/' means every file under that folder
 * @param page    1-based
 */
public record SearchRequest(
        String query,
        List<Integer> categories,
        List<String> codes,
        List<String> types,
        List<Integer> years,
        List<String> agencies,
        List<String> sources,
        Order order,
        int page,
        int size) {

    /** Result order: by relevance (browse mode: best practice), or newest document first. */
    public enum Order { RELEVANCE, DATE }

    public static final int MAX_SIZE = 100;

    public SearchRequest {
        query = query == null ? "" : query.strip();
        categories = List.copyOf(categories);
        codes = List.copyOf(codes);
        types = List.copyOf(types);
        years = List.copyOf(years);
        agencies = List.copyOf(agencies);
        sources = List.copyOf(sources);
        order = order == null ? Order.RELEVANCE : order;
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Order.RELEVANCE, 1, 10);
    }

    public boolean browse() {
        return query.isEmpty();
    }

    /** The same request without its category filter. */
    public SearchRequest withoutCategories() {
        return new SearchRequest(query, List.of(), codes, types, years, agencies, sources, order, page, size);
    }

    public boolean hasLabelFilter() {
        return !categories.isEmpty() || !codes.isEmpty();
    }
}
