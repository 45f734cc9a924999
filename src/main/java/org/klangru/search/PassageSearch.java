package org.klangru.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Ranked passages for a request: {@link SnippetSearcher} over the embedded index, {@link SolrPassageSearch} over a
 * SolrCloud collection. Both build the query with {@link QueryBuilder}, so a ranking change lands in both.
 */
public interface PassageSearch {

    SearchResult search(SearchRequest request) throws IOException;

    /**
     * The equivalents the collection defines (and the corrections file) of which {@code text} holds a side, or that
     * hold it: what a KM officer reviews ({@code GET /api/equivalents}).
     */
    List<Map<String, Object>> equivalents(String text) throws IOException;
}
