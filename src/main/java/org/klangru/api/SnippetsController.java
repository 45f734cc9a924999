package org.klangru.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.klangru.search.SearchResult;
import org.klangru.search.SnippetSearcher;

import java.io.IOException;

/** Best-practice snippets by query, category and activity code. */
@Controller("/api/snippets")
@ExecuteOn(TaskExecutors.BLOCKING)
class SnippetsController {
    private final SnippetSearcher searcher;

    SnippetsController(SnippetSearcher searcher) {
        this.searcher = searcher;
    }

    @Get
    SearchResult snippets(HttpRequest<?> request) {
        try {
            return searcher.search(SearchParams.parse(request.getParameters()));
        } catch (IOException e) {
            throw new ServiceUnavailableException("ค้นหาไม่ได้ในขณะนี้ (search is not available now)", e);
        }
    }
}
