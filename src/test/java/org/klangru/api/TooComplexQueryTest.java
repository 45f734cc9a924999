package org.klangru.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** A query Lucene refuses as too complex is the user's to shorten: a 400 that says so, not a server error. */
class TooComplexQueryTest {
    @Test
    void aQueryTooComplexForLuceneIsABadRequestThatSaysWhatToDo() {
        HttpResponse<ApiError> r = new ApiExceptionHandlers.TooComplex().handle(null, new IndexSearcher.TooManyClauses());
        assertEquals(HttpStatus.BAD_REQUEST, r.getStatus());
        ApiError body = r.getBody().orElseThrow();
        assertTrue(body.message().startsWith("คำค้นซับซ้อนเกินไป"), body.message());
        assertEquals("q", body.parameter());
    }
}
