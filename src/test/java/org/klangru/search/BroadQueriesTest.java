package org.klangru.search;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.klangru.index.IndexFields;
import org.klangru.index.IndexStore;
import org.klangru.ingest.Ingestor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Queries whose words are everywhere: when enough passages hold every word to fill the page three times, only those
 * are hits (a passage with one of the words is not); when too few do, any word counts again. Facet counts over
 * very many matches come from a sample; answers are cached until the index changes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BroadQueriesTest {
    /** Passages with both words of "ระบบร้องเรียน": more than three first pages of ten (30). */
    static final int BOTH_WORDS = 70;
    /** Passages with ร้องเรียน and ดำรงธรรม, but not ระบบ. */
    static final int ONE_WORD = 20;

    IndexedTexts indexed;
    Path corpus;
    IndexStore store;
    Ingestor ingestor;

    @BeforeAll
    void index() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 0; i < BOTH_WORDS; i++) {
            files.put("both-" + i + ".txt", "หน่วยงานที่ " + i + " พัฒนาระบบรับเรื่องร้องเรียนของประชาชนให้ตอบได้ภายในสามวัน\n");
        }
        for (int i = 0; i < ONE_WORD; i++) {
            files.put("one-" + i + ".txt", "ประชาชนยื่นเรื่องร้องเรียนที่ศูนย์ดำรงธรรมจังหวัดแห่งที่ " + i + "\n");
        }
        indexed = IndexedTexts.of("broad", files);
        corpus = indexed.folder();
        store = indexed.store();
        ingestor = indexed.ingestor();
        assertEquals(BOTH_WORDS + ONE_WORD, indexed.firstRun().added());
        assertEquals(1, segments(), "a first build is merged into one segment");
    }

    int segments() throws IOException {
        return store.search(s -> s.getIndexReader().leaves().size());
    }

    @AfterAll
    void close() throws IOException {
        indexed.close();
    }

    @Test
    void whenEnoughPassagesHoldEveryWordOnlyTheyAreHits() throws IOException {
        SearchResult r = new SnippetSearcher(store).search(SearchRequest.of("ระบบร้องเรียน"));
        assertEquals(BOTH_WORDS, r.total());
        assertTrue(r.hits().stream().allMatch(h -> h.source().startsWith("both-")), r.hits().toString());
        assertEquals(Map.of("other", BOTH_WORDS), r.facets().get(IndexFields.TYPE));
        assertFalse(r.facetsEstimated());
        // ร้องเรียน is indexed as ร้อง|เรียน; the title is the passage's only line, so every word is in it too
        assertEquals(Map.of(IndexFields.TEXT, List.of("ระบบ", "ร้อง", "เรียน"), IndexFields.TITLE, List.of("ระบบ", "ร้อง", "เรียน")),
                r.hits().get(0).why().get("matched"));
    }

    @Test
    void everyPageOfAQueryCountsTheSameHits() throws IOException {
        SnippetSearcher searcher = new SnippetSearcher(store);
        SearchRequest first = SearchRequest.of("ระบบร้องเรียน");
        for (int page = 1; page <= 8; page++) {
            SearchRequest later = new SearchRequest(first.query(), List.of(), List.of(), List.of(), List.of(), List.of(),
                    List.of(), SearchRequest.Order.RELEVANCE, page, 10);
            SearchResult r = searcher.search(later);
            assertEquals(BOTH_WORDS, r.total(), "page " + page);
            assertTrue(r.hits().stream().allMatch(h -> h.source().startsWith("both-")), "page " + page + ": " + r.hits());
        }
    }

    @Test
    void whenTooFewHoldEveryWordAnyWordCounts() throws IOException {
        SearchResult r = new SnippetSearcher(store).search(SearchRequest.of("ร้องเรียนดำรงธรรม"));
        // the twenty with both words first (folded into one hit, being copies), then the seventy with ร้องเรียน alone
        assertEquals(BOTH_WORDS + ONE_WORD, r.total());
        assertTrue(r.hits().get(0).source().startsWith("one-"), r.hits().toString());
        assertTrue(r.hits().stream().anyMatch(h -> h.source().startsWith("both-")), r.hits().toString());
    }

    @Test
    void inTheAnyWordTierACommonWordNoLongerMakesAHitAlone() throws IOException {
        // ระบบ is in 70 passages, ดำรงธรรม in 20, no passage holds both: the any-word tier
        QueryBuilder queries = new QueryBuilder(store.analysis());
        SearchRequest request = SearchRequest.of("ระบบดำรงธรรม");
        store.search(s -> {
            assertEquals(0, s.count(queries.build(request, QueryBuilder.Words.ALL, CommonWords.NONE).matching()));
            assertEquals(BOTH_WORDS + ONE_WORD, s.count(queries.build(request, QueryBuilder.Words.ANY, CommonWords.NONE).matching()));
            // with ระบบ common, only passages with ดำรงธรรม are hits; ระบบ still ranks them
            Query rareOnly = queries.build(request, QueryBuilder.Words.ANY, CommonWords.over(s.getIndexReader(), 50)).matching();
            assertEquals(ONE_WORD, s.count(rareOnly));
            // when every word is common, every word still counts
            SearchRequest common = SearchRequest.of("ระบบ");
            assertEquals(BOTH_WORDS, s.count(queries.build(common, QueryBuilder.Words.ANY, CommonWords.over(s.getIndexReader(), 50)).matching()));
            return null;
        });
        assertFalse(CommonWords.of(store.search(IndexSearcher::getIndexReader)).common(new Term(IndexFields.TEXT, "ระบบ")),
                "a small collection has no common words");
    }

    @Test
    void facetCountsOverManyMatchesAreEstimatedFromASampleAndSaySo() throws IOException {
        TermQuery word = new TermQuery(new Term(IndexFields.TEXT, "เรียน")); // ร้องเรียน is indexed as ร้อง|เรียน
        Map<String, Map<String, Integer>> exact = store.search(s -> s.search(word, FacetCounts.forQuery(s, word)));
        assertEquals(BOTH_WORDS + ONE_WORD, exact.get(IndexFields.TYPE).get("other"));

        store.search(s -> {
            FacetCounts sampled = FacetCounts.forQuery(s, word, 10);
            assertTrue(sampled.sampled());
            int total = s.count(word);
            int estimate = sampled.sample(s, word, total).get(IndexFields.TYPE).get("other");
            // a sample of about 10 matches, scaled to the total: every passage here is of type "other"
            assertEquals(BOTH_WORDS + ONE_WORD, estimate);
            // the category model labels some passages: scaled estimates never exceed the matches
            assertTrue(sampled.sample(s, word, total).get(IndexFields.CATEGORY).values().stream()
                    .allMatch(n -> n <= total));
            assertFalse(FacetCounts.forQuery(s, word, 1000).sampled());
            return null;
        });
    }

    @Test
    void aCachedAnswerIsForgottenWhenTheIndexChanges() throws IOException {
        SnippetSearcher searcher = new SnippetSearcher(store);
        SearchRequest request = SearchRequest.of("ศูนย์ดำรงธรรม");
        SearchResult before = searcher.search(request);
        assertEquals(before.hits(), searcher.search(request).hits(), "asked again, the same answer");

        Files.writeString(corpus.resolve("later.txt"), "ศูนย์ดำรงธรรมเปิดรับเรื่องทางไลน์ตั้งแต่ปีนี้\n");
        try {
            assertEquals(1, ingestor.ingest(corpus).added());
            store.refresh();
            assertTrue(segments() > 1, "one more file is not worth merging the index for");
            SearchResult after = searcher.search(request);
            assertEquals(before.total() + 1, after.total());
            assertTrue(after.hits().stream().anyMatch(h -> h.source().equals("later.txt")), after.hits().toString());
        } finally {
            Files.delete(corpus.resolve("later.txt"));
            ingestor.ingest(corpus);
            store.refresh();
        }
    }
}
