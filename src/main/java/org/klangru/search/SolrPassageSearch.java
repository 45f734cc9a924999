package org.klangru.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.Query;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.json.BucketBasedJsonFacet;
import org.apache.solr.client.solrj.response.json.BucketJsonFacet;
import org.apache.solr.client.solrj.response.json.NestableJsonFacet;
import org.apache.solr.common.SolrDocument;
import org.klangru.analysis.Equivalent;
import org.klangru.analysis.EquivalentsFile;
import org.klangru.index.IndexFields;
import org.klangru.index.solr.SolrCloudIndex;
import org.klangru.index.solr.SolrDocuments;
import org.klangru.index.solr.SolrFields;
import org.klangru.index.solr.QueryParams;
import org.klangru.taxonomy.CategoryModel;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Ranked passages from a SolrCloud collection. Solr builds the query with Klangru's {@link QueryBuilder} (the
 * plugin's {@code klangru} parser, on each shard), ranks by the words and re-ranks the best
 * {@link SnippetSearcher#RESCORE_DEPTH} with the whole query, as {@link SnippetSearcher} does; facets are Solr's JSON
 * facets. Folding copies and overlaps, snippets and the reasons a hit matched are made here, from the stored text,
 * with the same classes as the embedded search.
 */
public final class SolrPassageSearch implements PassageSearch {
    private final SolrCloudIndex index;
    private final QueryBuilder queries;
    private final SnippetHighlighter highlighter;
    private final Analyzer indexAnalyzer;
    /** The corrections as the parser reads them; empty when there are none. */
    private final String correctionsText;
    private final double labelThreshold = CategoryModel.shippedSearchThreshold();
    /** The collection's equivalents, read again when the collection has changed. */
    private volatile Learned learned = new Learned(-1, Map.of(), new EquivalentTable.Touching(Map.of()));
    private final CollectionEquivalents equivalents;
    private final long facetSample;

    /** The collection's learned equivalents (with how many documents define each), as of a version of the collection. */
    private record Learned(long version, Map<Equivalent, Integer> counts, EquivalentTable.Touching touching) {}

    public SolrPassageSearch(SolrCloudIndex index, EquivalentsFile corrections) {
        this(index, corrections, FacetCounts.SAMPLE);
    }

    /** @param facetSample matches whose facet values are all counted; beyond this, a sample of about this many */
    SolrPassageSearch(SolrCloudIndex index, EquivalentsFile corrections, long facetSample) {
        this.facetSample = facetSample;
        this.index = index;
        this.queries = new QueryBuilder(index.analysis());
        // the text analysed as it was indexed: the same offsets the embedded highlighter reads from the postings
        this.highlighter = new SnippetHighlighter(index.analysis().indexAnalyzer());
        this.indexAnalyzer = index.analysis().indexAnalyzer();
        this.equivalents = new CollectionEquivalents(index.analysis(), corrections);
        this.correctionsText = corrections.text();
    }

    @Override
    public SearchResult search(SearchRequest request) throws IOException {
        long started = System.nanoTime();
        List<String> terms = queries.terms(request);
        if (!request.browse() && terms.isEmpty() && !request.hasLabelFilter()) {
            return SearchResult.nothingToFind(request, labelThreshold);
        }
        boolean browse = terms.isEmpty();
        int window = SnippetSearcher.window(request);
        QueryBuilder.Words words = QueryBuilder.Words.ALL;
        QueryResponse ranked = rank(request, words, browse, window);
        if (!browse && ranked.getResults().getNumFound() < (long) request.size() * SnippetSearcher.FULL_TIER_PAGES) {
            words = QueryBuilder.Words.ANY;
            ranked = rank(request, words, false, window);
        }
        long total = ranked.getResults().getNumFound();
        List<Document> stored = new ArrayList<>(ranked.getResults().size());
        List<Float> scores = new ArrayList<>(ranked.getResults().size());
        List<SolrDocument> results = new ArrayList<>(ranked.getResults());
        if (request.order() == SearchRequest.Order.RELEVANCE && !browse) {
            // lifted by their neighbours, equal scores by passage id, the best window: as the embedded search (FinalOrder)
            String[] ids = results.stream().map(d -> String.valueOf(d.getFirstValue(IndexFields.PASSAGE_ID)))
                    .toArray(String[]::new);
            float[] own = new float[ids.length];
            for (int i = 0; i < ids.length; i++) {
                own[i] = score(results.get(i));
            }
            float[] lifted = DocumentContext.lift(ids, own);
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < ids.length; i++) {
                order.add(i);
            }
            order.sort(java.util.Comparator.<Integer>comparingDouble(i -> -lifted[i]).thenComparing(i -> ids[i]));
            List<SolrDocument> best = new ArrayList<>();
            for (int i : order.subList(0, Math.min(window, order.size()))) {
                best.add(results.get(i));
                scores.add(lifted[i]);
            }
            results = best;
        } else {
            results.forEach(d -> scores.add(score(d)));
        }
        for (SolrDocument d : results) {
            stored.add(SolrDocuments.fromSolr(d));
        }
        HitFolding.Page page = HitFolding.fold(stored.size(), stored::get, request);

        CollectionEquivalents.Current eq = equivalents.of(learned().counts());
        // what the snippet marks: the query as Solr ran it (common words only decide which passages count, not marks)
        Query relevance = queries.build(request, words, CommonWords.NONE, eq.forQuery(request.query())).relevance();
        Set<String> queryTerms = new LinkedHashSet<>(terms);
        Set<String> textTerms = new LinkedHashSet<>(terms);
        textTerms.addAll(QueryBuilder.textWords(relevance));
        List<EquivalentTable.Row> typedEquivalents = browse ? List.of() : eq.table().inQuery(request.query());
        List<SearchHit> hits = new ArrayList<>(page.ranks().size());
        for (int k = 0; k < page.ranks().size(); k++) {
            Document doc = page.stored().get(k);
            String joined = page.texts().get(k);
            String text = joined != null ? joined : doc.get(IndexFields.TEXT);
            String fragment = highlighter.highlightText(relevance, text);
            float score = scores.get(page.ranks().get(k));
            SearchHit hit = HitMapper.hit(doc, fragment, score, browse ? null : matched(doc, queryTerms, textTerms))
                    .withCopies(page.copySources().get(k)).withText(joined);
            hits.add(EquivalentTable.withNamed(hit, typedEquivalents, request.query()));
        }
        Long withoutCategory = null;
        if (!browse && !request.categories().isEmpty() && total < request.size()) {
            SolrQuery count = klangru(request.withoutCategories(), words, "matching");
            count.setRows(0);
            withoutCategory = index.query(count).getResults().getNumFound();
        }
        Facets facets = facets(request, words, total);
        long took = (System.nanoTime() - started) / 1_000_000;
        return new SearchResult(request.query(), total, took, request.page(), request.size(), browse ? "browse" : "search",
                hits, facets.counts(), facets.sampled(), withoutCategory, labelThreshold,
                queries.searchedWords(request).orElse(null));
    }

    /** The best {@code window} hits: by words, the best of them again by the whole query; or in the asked order. */
    private QueryResponse rank(SearchRequest request, QueryBuilder.Words words, boolean browse, int window)
            throws IOException {
        boolean byRelevance = request.order() == SearchRequest.Order.RELEVANCE && !browse;
        SolrQuery q = klangru(request, words, byRelevance ? "matching" : "full");
        q.setFields("*", "score");
        int depth = Math.max(window, SnippetSearcher.RESCORE_DEPTH);
        // by relevance every re-ranked hit comes back: one below the window may be lifted by its neighbours
        q.setRows(byRelevance ? depth : window);
        if (byRelevance) {
            q.set("rq", "{!rerank reRankQuery=$rqq reRankDocs=" + depth + " reRankWeight=1 reRankOperator=replace}");
            q.set("rqq", "{!" + QueryParams.PARSER + " " + QueryParams.PART + "=full}");
            // which equal first-pass hits are ranked again is decided by id, as on the embedded index
            q.set("sort", "score desc," + SolrFields.ID + " asc");
        } else if (request.order() == SearchRequest.Order.DATE) {
            q.set("sort", SolrFields.DATE_DAY + " desc,score desc," + IndexFields.ORDINAL + " asc," + SolrFields.ID + " asc");
        } else {
            q.set("sort", "score desc," + SolrFields.BEST_PRACTICE_SORT + " desc," + IndexFields.ORDINAL + " asc,"
                    + SolrFields.ID + " asc");
        }
        return index.query(q);
    }

    private static float score(SolrDocument d) {
        Object score = d.getFirstValue("score");
        return score == null ? 0f : ((Number) score).floatValue();
    }

    /**
     * A request to the plugin's {@code klangru} parser: the query text, the words mode, the filters, and the
     * collection's equivalents that touch the query (each shard alone knows only its own documents' definitions).
     */
    private SolrQuery klangru(SearchRequest request, QueryBuilder.Words words, String part) throws IOException {
        SolrQuery q = new SolrQuery("{!" + QueryParams.PARSER + " " + QueryParams.PART + "=" + part + "}");
        q.set(QueryParams.Q, request.query() == null ? "" : request.query());
        q.set(QueryParams.WORDS, words.name().toLowerCase());
        request.categories().forEach(c -> q.add(QueryParams.CATEGORY, String.valueOf(c)));
        request.codes().forEach(c -> q.add(QueryParams.CODE, c));
        request.types().forEach(t -> q.add(QueryParams.TYPE, t));
        request.years().forEach(y -> q.add(QueryParams.YEAR, String.valueOf(y)));
        request.agencies().forEach(a -> q.add(QueryParams.AGENCY, a));
        request.sources().forEach(s -> q.add(QueryParams.SOURCE, s));
        q.set(QueryParams.EQUIVALENTS, QueryParams.EQUIVALENTS_GIVEN);
        learned().touching().of(request.query() == null ? "" : request.query())
                .forEach((e, n) -> q.add(QueryParams.EQUIVALENT, QueryParams.equivalent(e.key(), n)));
        if (!correctionsText.isEmpty()) {
            q.set(QueryParams.CORRECTIONS, correctionsText);
        }
        return q;
    }

    private record Facets(Map<String, Map<String, Integer>> counts, boolean sampled) {}

    /**
     * Facet counts over every match; over about {@link FacetCounts#SAMPLE} of them, spread over the collection by
     * passage position and scaled to the total, when there are more (the embedded index's rule).
     */
    private Facets facets(SearchRequest request, QueryBuilder.Words words, long total)
            throws IOException {
        SolrQuery q = klangru(request, words, "matching");
        q.setRows(0);
        StringBuilder fields = new StringBuilder();
        for (String f : FacetCounts.FIELDS) {
            if (fields.length() > 0) {
                fields.append(',');
            }
            fields.append(f).append(":{type:terms,field:").append(f).append(",limit:-1,mincount:1}");
        }
        boolean sampled = total > facetSample;
        long gap = sampled ? Math.max(1, total / facetSample) : 1;
        q.set("json.facet", sampled
                ? "{sample:{type:query,q:\"{!frange l=0 u=0}mod(" + IndexFields.ORDINAL + "," + gap + ")\",facet:{" + fields + "}}}"
                : "{" + fields + "}");
        NestableJsonFacet root = index.query(q).getJsonFacetingResponse();
        NestableJsonFacet counted = sampled ? root.getQueryFacet("sample") : root;
        double scale = sampled && counted != null && counted.getCount() > 0 ? (double) total / counted.getCount() : 1;
        Map<String, Map<String, Integer>> raw = new LinkedHashMap<>();
        for (String f : FacetCounts.FIELDS) {
            Map<String, Integer> values = new TreeMap<>();
            BucketBasedJsonFacet buckets = counted == null ? null : counted.getBucketBasedFacets(f);
            if (buckets != null) {
                for (BucketJsonFacet b : buckets.getBuckets()) {
                    values.put(String.valueOf(b.getVal()), (int) Math.round(b.getCount() * scale));
                }
            }
            raw.put(f, values);
        }
        return new Facets(FacetCounts.sortedCounts(raw), sampled);
    }

    /** Which query words a hit holds in its text, heading and title, as the embedded search reports them. */
    private Map<String, List<String>> matched(Document doc, Set<String> queryTerms, Set<String> textTerms) {
        Map<String, List<String>> matched = new LinkedHashMap<>();
        matched.put(IndexFields.TEXT, MatchedTerms.inText(indexAnalyzer, IndexFields.TEXT, doc.get(IndexFields.TEXT), textTerms));
        matched.put(IndexFields.HEADING, MatchedTerms.inText(indexAnalyzer, IndexFields.HEADING, doc.get(IndexFields.HEADING), queryTerms));
        matched.put(IndexFields.TITLE, MatchedTerms.inText(indexAnalyzer, IndexFields.TITLE_WORDS, doc.get(IndexFields.TITLE), queryTerms));
        matched.values().removeIf(List::isEmpty);
        return matched;
    }

    @Override
    public List<Map<String, Object>> equivalents(String text) throws IOException {
        return equivalents.of(learned().counts()).table().matching(text).stream().map(EquivalentTable.Row::json).toList();
    }

    /** Counted again over every shard when the collection has changed since. */
    private Learned learned() throws IOException {
        long version = index.version();
        Learned current = learned;
        if (current.version() != version) {
            Map<Equivalent, Integer> counts = index.learnedEquivalents();
            current = new Learned(version, counts, new EquivalentTable.Touching(counts));
            learned = current;
        }
        return current;
    }
}
