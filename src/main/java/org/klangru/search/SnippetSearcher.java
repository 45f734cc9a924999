package org.klangru.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.klangru.analysis.EquivalentsFile;
import org.klangru.index.IndexFields;
import org.klangru.taxonomy.CategoryModel;
import org.klangru.index.IndexStore;
import org.klangru.index.PassageIndex;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Answers a {@link SearchRequest} with ranked passages, a highlighted fragment for each, the reason each
 * matched, and facet counts over all matches. Browse mode (no query) ranks by best-practice score.
 */
public final class SnippetSearcher implements PassageSearch {
    /** Browse: passages surely about a browsed หมวด first (their score is higher), then best practices. */
    private static final Sort BROWSE_ORDER = PassageIndex.withTieBreak(new Sort(SortField.FIELD_SCORE,
            new SortField(IndexFields.BEST_PRACTICE, SortField.Type.LONG, true),
            new SortField(IndexFields.ORDINAL, SortField.Type.LONG)));
    private static final Sort DATE_ORDER = dateOrder();
    private static final Sort RELEVANCE_ORDER = PassageIndex.withTieBreak(null);

    private static Sort dateOrder() {
        SortField date = new SortField(IndexFields.DATE, SortField.Type.LONG, true);
        date.setMissingValue(Long.MIN_VALUE); // undated documents last
        return PassageIndex.withTieBreak(new Sort(date, SortField.FIELD_SCORE,
                new SortField(IndexFields.ORDINAL, SortField.Type.LONG)));
    }

    /** Deepest ranked window a request may ask for (page × size, with room to fold copies). */
    static final int MAX_WINDOW = 10_000;

    /** How many hits a request ranks: more than its pages, so that folding copies still fills the page. */
    static int window(SearchRequest request) {
        return Math.min(MAX_WINDOW, request.page() * request.size() * 3 + 30);
    }

    /** Hits ranked by their words that are ranked again with phrases and title: the rest keep their order. */
    static final int RESCORE_DEPTH = 200;
    /**
     * Passages with every word are the only hits when there are at least this many pages of them (a page three
     * times over, so that folding copies still fills the first); otherwise any word counts. On the practice sets 3 and 6
     * rank the same, 1 loses answers; each query that stops at every word saves a second pass.
     */
    static final int FULL_TIER_PAGES = 3;

    private final IndexStore store;
    private final int rescoreDepth;
    private final QueryBuilder queries;
    private final SnippetHighlighter highlighter;
    private final ResultCache cache = new ResultCache();
    /** Labels from the category model start at this probability; answers say so. */
    private final double labelThreshold = CategoryModel.shippedSearchThreshold();

    private final CollectionEquivalents equivalents;

    public SnippetSearcher(IndexStore store) {
        this(store, EquivalentsFile.NONE);
    }

    /** @param corrections the KM officer's corrections to the equivalents the collection defines */
    public SnippetSearcher(IndexStore store, EquivalentsFile corrections) {
        this(store, RESCORE_DEPTH, corrections);
    }

    SnippetSearcher(IndexStore store, int rescoreDepth) {
        this(store, rescoreDepth, EquivalentsFile.NONE);
    }

    SnippetSearcher(IndexStore store, int rescoreDepth, EquivalentsFile corrections) {
        this.store = store;
        this.equivalents = new CollectionEquivalents(store.analysis(), corrections);
        this.rescoreDepth = rescoreDepth;
        this.queries = new QueryBuilder(store.analysis());
        this.highlighter = new SnippetHighlighter(store.analysis().indexAnalyzer());
    }

    @Override
    public SearchResult search(SearchRequest request) throws IOException {
        long started = System.nanoTime();
        List<String> terms = queries.terms(request);
        if (!request.browse() && terms.isEmpty() && !request.hasLabelFilter()) {
            return SearchResult.nothingToFind(request, labelThreshold);
        }
        boolean browse = terms.isEmpty();
        int window = window(request);

        return store.search(searcher -> {
            SearchResult cached = cache.get(searcher.getIndexReader(), request);
            if (cached != null) {
                return cached.withTookMs((System.nanoTime() - started) / 1_000_000);
            }
            CommonWords common = CommonWords.of(searcher.getIndexReader());
            CollectionEquivalents.Current eq = equivalents.of(searcher.getIndexReader());
            // the query's learned equivalents, built once for every query made of this request
            Analyzer learned = eq.forQuery(request.query());
            QueryBuilder.Words words = QueryBuilder.Words.ALL;
            QueryBuilder.Built used = queries.build(request, words, common, learned);
            Ranked ranked = rank(searcher, used, request, browse, window);
            // decided on the page size alone, so that every page of a query counts the same hits
            if (!browse && ranked.top().totalHits.value < (long) request.size() * FULL_TIER_PAGES) {
                // too few passages hold every word to fill the page: any word counts, and Thai letters in compounds
                words = QueryBuilder.Words.ANY;
                used = queries.build(request, words, common, learned);
                ranked = rank(searcher, used, request, false, window);
            }
            TopDocs topDocs = ranked.top();
            StoredFields stored = searcher.storedFields();
            HitFolding.Page page = HitFolding.fold(topDocs.scoreDocs.length, rank -> stored.document(topDocs.scoreDocs[rank].doc),
                    request);
            ScoreDoc[] pageDocs = page.ranks().stream().map(r -> topDocs.scoreDocs[r]).toArray(ScoreDoc[]::new);
            Set<String> queryTerms = new LinkedHashSet<>(terms);
            Set<String> textTerms = new LinkedHashSet<>(terms);
            textTerms.addAll(QueryBuilder.textWords(used.relevance()));
            List<SearchHit> hits = new ArrayList<>(pageDocs.length);
            List<EquivalentTable.Row> typedEquivalents = browse ? List.of() : eq.table().inQuery(request.query());
            for (int k = 0; k < pageDocs.length; k++) {
                String joined = page.texts().get(k);
                // the text analysed again, as the SolrCloud backend must: the index's postings mark a whole domain
                // term ("การจัดการความรู้") where the query asked for one of its words ("จัดการ")
                String fragment = highlighter.highlightText(used.relevance(),
                        joined != null ? joined : page.stored().get(k).get(IndexFields.TEXT));
                SearchHit hit = toHit(searcher.getIndexReader(), pageDocs[k], page.stored().get(k), fragment, queryTerms,
                        textTerms).withCopies(page.copySources().get(k)).withText(joined);
                hits.add(EquivalentTable.withNamed(hit, typedEquivalents, request.query()));
            }
            long took = (System.nanoTime() - started) / 1_000_000;
            Long withoutCategory = null;
            if (!browse && !request.categories().isEmpty() && topDocs.totalHits.value < request.size()) {
                withoutCategory = (long) searcher.count(
                        queries.build(request.withoutCategories(), words, common, learned).matching());
            }
            SearchResult result = new SearchResult(request.query(), topDocs.totalHits.value, took, request.page(),
                    request.size(), browse ? "browse" : "search", hits, ranked.facets(), ranked.facetsSampled(),
                    withoutCategory, labelThreshold, queries.searchedWords(request).orElse(null));
            cache.put(searcher.getIndexReader(), request, result);
            return result;
        });
    }

    @Override
    public List<Map<String, Object>> equivalents(String text) throws IOException {
        return store.search(s -> equivalents.of(s.getIndexReader()).table().matching(text).stream()
                .map(EquivalentTable.Row::json).toList());
    }

    private record Ranked(TopDocs top, Map<String, Map<String, Integer>> facets, boolean facetsSampled) {}

    /**
     * The best {@code window} hits and the facet counts. One pass over every match ranks them by their words alone
     * (the core query), counts them exactly and counts facets; then the best {@link #RESCORE_DEPTH} of them (the
     * window, if deeper) are ranked again with the clauses that only rank (phrases, word pairs, title) and lifted by
     * their neighbours ({@link DocumentContext}). Checking phrase positions on
     * every one of 300,000 matches of a common word cost two thirds of such a query; when a query matches no
     * more than the depth, the order is the same as one pass with everything. (Block-max skipping was tried for
     * the top hits with the count apart: on news-sized queries every block held a competitive passage.)
     */
    private Ranked rank(IndexSearcher searcher, QueryBuilder.Built built, SearchRequest request, boolean browse,
                        int window) throws IOException {
        boolean byRelevance = request.order() == SearchRequest.Order.RELEVANCE && !browse;
        Sort order = request.order() == SearchRequest.Order.DATE ? DATE_ORDER : browse ? BROWSE_ORDER : RELEVANCE_ORDER;
        // by relevance, equal first-pass hits at the depth cut are chosen by passage id too: index order follows the
        // ingest workers, and which of them get ranked again must not depend on it
        TopFieldCollectorManager top = new TopFieldCollectorManager(order,
                byRelevance ? Math.max(window, rescoreDepth) : window, null, Integer.MAX_VALUE, false);
        Query first = byRelevance ? built.matching() : built.full();
        FacetCounts facets = FacetCounts.forQuery(searcher, built.matching());
        TopDocs hits;
        Map<String, Map<String, Integer>> counts;
        if (facets.sampled()) {
            hits = searcher.search(first, top);
            counts = facets.sample(searcher, built.matching(), hits.totalHits.value);
        } else {
            Object[] results = searcher.search(first, new MultiCollectorManager(top, facets));
            hits = (TopDocs) results[0];
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Integer>> exact = (Map<String, Map<String, Integer>>) results[1];
            counts = exact;
        }
        if (!byRelevance) {
            // a field sort leaves scores out; hits show theirs in every order (browse: 1 + the sure-label boost)
            TopFieldCollector.populateScores(hits.scoreDocs, searcher, first);
        } else {
            for (ScoreDoc hit : hits.scoreDocs) {
                hit.score = (Float) ((FieldDoc) hit).fields[0]; // the score is the sort's first value
            }
            // every hit of the depth, not only the window: a passage below the window may be lifted by its neighbours
            hits = FinalOrder.of(searcher, new FullScore(built.full()).rescore(searcher, hits, hits.scoreDocs.length),
                    window);
        }
        return new Ranked(hits, counts, facets.sampled());
    }

    /** The second pass: a hit's score is the whole query's score (its words plus what only ranks). */
    private static final class FullScore extends QueryRescorer {
        FullScore(Query full) {
            super(full);
        }

        @Override
        protected float combine(float firstPassScore, boolean secondPassMatches, float secondPassScore) {
            return secondPassMatches ? secondPassScore : firstPassScore;
        }
    }

    /**
     * @param queryTerms the query's words
     * @param textTerms  the query's words and the near equivalents the text field is searched for
     */
    private static SearchHit toHit(IndexReader reader, ScoreDoc hit, Document doc, String fragment, Set<String> queryTerms,
            Set<String> textTerms) throws IOException {
        float score = Float.isNaN(hit.score) ? 0 : hit.score;
        if (queryTerms.isEmpty()) {
            return HitMapper.hit(doc, fragment, score, null);
        }
        Map<String, List<String>> matched = new LinkedHashMap<>();
        matched.put(IndexFields.TEXT, MatchedTerms.in(reader, hit.doc, IndexFields.TEXT, textTerms));
        matched.put(IndexFields.HEADING, MatchedTerms.in(reader, hit.doc, IndexFields.HEADING, queryTerms));
        matched.put(IndexFields.TITLE, MatchedTerms.in(reader, hit.doc, IndexFields.TITLE_WORDS, queryTerms));
        matched.values().removeIf(List::isEmpty);
        return HitMapper.hit(doc, fragment, score, matched);
    }
}
