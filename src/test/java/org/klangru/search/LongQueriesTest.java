package org.klangru.search;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.klangru.analysis.AnalyzerChoice;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A paragraph pasted as the query, or a term typed again and again, is answered like any search: each word's parts,
 * synonyms and equivalents once made more clauses than a Lucene query may hold, and the search failed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LongQueriesTest {
    IndexedTexts indexed;
    String kmPlan;
    String visit;

    @BeforeAll
    void index() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        kmPlan = resource("/corpus-e2e/km-plan.txt");
        files.put("km-plan.txt", kmPlan);
        visit = resource("/corpus-e2e/complaint-visit.txt");
        files.put("complaint-visit.txt", visit);
        indexed = IndexedTexts.of("long-queries", files);
    }

    @AfterAll
    void close() throws IOException {
        indexed.close();
    }

    @Test
    void aPastedPageOfTextIsSearched() throws IOException {
        // both documents' text, about 800 characters (the API takes up to 1,000)
        String pasted = (kmPlan + " " + visit).replaceAll("\\s+", " ").strip();
        List<SearchHit> hits = indexed.search(pasted);
        assertFalse(hits.isEmpty());
        assertEquals("km-plan.txt", hits.get(0).source(), hits.toString()); // its first 32 words are the plan's
    }

    @Test
    void aTermTypedManyTimesIsSearched() throws IOException {
        List<SearchHit> hits = indexed.search("การจัดการความรู้ ".repeat(8));
        assertFalse(hits.isEmpty());
        assertEquals("km-plan.txt", hits.get(0).source(), hits.toString());
    }

    @Test
    void wordsAfterTheLimitAreLeftOut() {
        // distinct made-up words: zqaa, zqab, ... (Latin, so each is one word)
        List<String> words = IntStream.range(0, QueryBuilder.MAX_QUERY_WORDS + 8)
                .mapToObj(i -> "zq" + (char) ('a' + i / 26) + (char) ('a' + i % 26)).toList();
        List<String> terms = new QueryBuilder(AnalyzerChoice.KLANGRU).terms(SearchRequest.of(String.join(" ", words)));
        assertTrue(terms.contains(words.get(QueryBuilder.MAX_QUERY_WORDS - 1)), terms.toString());
        assertFalse(terms.contains(words.get(QueryBuilder.MAX_QUERY_WORDS)), terms.toString());
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = LongQueriesTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
