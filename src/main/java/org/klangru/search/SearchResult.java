package org.klangru.search;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/**
 * A page of hits with facet counts over every match.
 *
 * @param total           every passage the query matches (exact)
 * @param facetsEstimated the facet counts come from a sample of the matches (a query matching very many passages)
 * @param withoutCategory when a category filter leaves fewer hits than a page: how many passages the same query
 *                        matches without it (null otherwise), so that a filter never silently empties a search
 * @param labelThreshold  the category model's probability from which a category counts as a label for filters
 * @param searchedWords   when the query has more words than a search takes ({@code QueryBuilder.MAX_QUERY_WORDS}):
 *                        the words searched, so that the answer says the rest were left out (null otherwise)
 */
@Serdeable
public record SearchResult(
        String query,
        long total,
        long tookMs,
        int page,
        int size,
        String mode,
        List<SearchHit> hits,
        Map<String, Map<String, Integer>> facets,
        boolean facetsEstimated,
        Long withoutCategory,
        double labelThreshold,
        String searchedWords) {

    /** The answer to a query of punctuation or marks alone: nothing to look for. */
    static SearchResult nothingToFind(SearchRequest request, double labelThreshold) {
        return new SearchResult(request.query(), 0, 0, request.page(), request.size(), "search", List.of(), Map.of(),
                false, null, labelThreshold, null);
    }

    /** The same answer, served again in {@code ms}. */
    public SearchResult withTookMs(long ms) {
        return new SearchResult(query, total, ms, page, size, mode, hits, facets, facetsEstimated, withoutCategory,
                labelThreshold, searchedWords);
    }
}
