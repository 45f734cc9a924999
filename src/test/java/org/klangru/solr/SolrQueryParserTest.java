package org.klangru.solr;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.ZkClientClusterStateProvider;
import org.apache.solr.common.cloud.ZkMaintenanceUtils;
import org.apache.solr.common.cloud.ZkStateReader;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.core.SolrCore;
import org.apache.solr.embedded.JettySolrRunner;
import org.apache.solr.request.LocalSolrQueryRequest;
import org.apache.solr.search.QParser;
import org.apache.solr.search.stats.StatsCache;
import org.apache.solr.search.stats.StatsUtil;
import org.apache.solr.search.stats.TermStats;
import org.apache.solr.common.params.ShardParams;
import org.apache.solr.handler.component.ShardRequest;
import org.apache.lucene.index.Term;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.klangru.Eventually;
import org.klangru.analysis.AnalyzerChoice;
import org.klangru.analysis.Equivalent;
import org.klangru.analysis.EquivalentsFile;
import org.klangru.index.DocumentRecord;
import org.klangru.index.IndexDocuments;
import org.klangru.index.IndexFields;
import org.klangru.index.IndexStore;
import org.klangru.index.LearnedEquivalents;
import org.klangru.index.PassageRecord;
import org.klangru.index.SolrTestRecords;
import org.klangru.index.solr.QueryParams;
import org.klangru.index.solr.SolrConfigSet;
import org.klangru.index.solr.SolrDocuments;
import org.klangru.index.solr.SolrFields;
import org.klangru.search.SearchQueries;
import org.klangru.search.SearchRequest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The {@code klangru} query parser on a real 2-node SolrCloud (embedded ZooKeeper) with a 2-shard collection made
 * from the configset, against an embedded Klangru index of the same records: the parser builds QueryBuilder's query
 * on each shard, and searches (all/any words, a category filter, browse, the rerank combination the client uses)
 * return the embedded index's passages with its scores.
 */
class SolrQueryParserTest {
    static final String COLLECTION = "klangru_parser_test";

    static Path dir;
    static MiniSolrCloudCluster cluster;
    static CloudSolrClient client;
    static IndexStore embedded;
    static final Map<String, PassageRecord> passages = new LinkedHashMap<>();
    static final Map<String, DocumentRecord> documents = new LinkedHashMap<>();

    @BeforeAll
    static void start() throws Exception {
        dir = Files.createTempDirectory("klangru-solr-parser");
        List<SolrInputDocument> records = new ArrayList<>();
        embedded = IndexStore.openWritable(dir.resolve("embedded"), "solr-parser-test", AnalyzerChoice.KLANGRU);
        for (Map.Entry<DocumentRecord, List<PassageRecord>> e : corpus().entrySet()) {
            DocumentRecord d = e.getKey();
            documents.put(d.id(), d);
            embedded.replace(d, e.getValue());
            records.add(SolrDocuments.toSolr(SolrTestRecords.document(d, e.getValue())));
            for (PassageRecord p : e.getValue()) {
                passages.put(p.passageId(), p);
                records.add(SolrDocuments.toSolr(SolrTestRecords.passage(p, d)));
            }
        }
        embedded.commit(Map.of());

        cluster = new MiniSolrCloudCluster.Builder(2, dir.resolve("solr")).build();
        try {
            client = cluster.getSolrClient();
            // the configset uploaded as a Klangru server does it, through its SolrJ client's ZooKeeper connection
            ZkStateReader zk = ((ZkClientClusterStateProvider) client.getClusterStateProvider()).getZkStateReader();
            zk.getZkClient().uploadToZK(SolrConfigSet.extractTo(dir.resolve("configset")),
                    ZkStateReader.CONFIGS_ZKNODE + "/" + SolrConfigSet.NAME, ZkMaintenanceUtils.UPLOAD_FILENAME_EXCLUDE_PATTERN);
            CollectionAdminRequest.createCollection(COLLECTION, SolrConfigSet.NAME, 2, 1).process(client);
            cluster.waitForActiveCollection(COLLECTION, 2, 2);
            client.add(COLLECTION, records);
            client.commit(COLLECTION);
        } catch (Exception | Error e) {
            cluster.shutdown();
            throw e;
        }
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (cluster != null) {
                cluster.shutdown();
            }
        } finally {
            embedded.close();
        }
    }

    /** The seed documents (../shared/corpus/seeds, when present) and the repository's news item, a passage a line. */
    static Map<DocumentRecord, List<PassageRecord>> corpus() throws IOException {
        List<Path> files = new ArrayList<>();
        Path seeds = Path.of("..", "shared", "corpus", "seeds");
        if (Files.isDirectory(seeds)) {
            try (Stream<Path> list = Files.list(seeds)) {
                list.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
            }
        }
        files.add(Path.of("corpus", "news-km-workshop-2567.txt"));
        String[] types = {"news", "plan", "sop"};
        String[][] codes = {{}, {"IT3"}, {"CS1", "IT3"}, {}};
        Map<DocumentRecord, List<PassageRecord>> out = new LinkedHashMap<>();
        for (int i = 0; i < files.size(); i++) {
            List<String> lines = Files.readAllLines(files.get(i), StandardCharsets.UTF_8).stream()
                    .map(String::strip).filter(l -> !l.isEmpty()).toList();
            String id = String.format("%016x", 0xabc000L + i);
            List<List<Integer>> categories = new ArrayList<>();
            List<List<String>> codeLists = new ArrayList<>();
            for (int k = 1; k < lines.size(); k++) {
                categories.add(k % 3 == 0 ? List.of() : List.of(1 + (k + i) % 7, 4).stream().distinct().toList());
                codeLists.add(List.of(codes[k % codes.length]));
            }
            DocumentRecord d = SolrTestRecords.documentRecord(id, lines.get(0), types[i % types.length],
                    LocalDate.of(2011 + 2 * i, 1 + i, 10), i % 2 == 0 ? "สำนักงาน ก.พ.ร." : "จังหวัดตัวอย่าง", lines.size() - 1);
            out.put(d, SolrTestRecords.passages(id, "หัวข้อ › " + lines.get(0), lines.subList(1, lines.size()),
                    categories, codeLists));
        }
        return out;
    }

    // ---- the same query on every shard ----

    static ModifiableSolrParams params(SearchRequest r, SearchQueries.Words words, SearchQueries.Part part) {
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set(QueryParams.Q, r.query());
        p.set(QueryParams.WORDS, words.name().toLowerCase());
        p.set(QueryParams.PART, part.name().toLowerCase());
        r.categories().forEach(c -> p.add(QueryParams.CATEGORY, String.valueOf(c)));
        r.codes().forEach(c -> p.add(QueryParams.CODE, c));
        r.types().forEach(c -> p.add(QueryParams.TYPE, c));
        r.years().forEach(c -> p.add(QueryParams.YEAR, String.valueOf(c)));
        r.agencies().forEach(c -> p.add(QueryParams.AGENCY, c));
        r.sources().forEach(c -> p.add(QueryParams.SOURCE, c));
        return p;
    }

    static SearchRequest request(String q, List<Integer> categories, List<String> sources) {
        return new SearchRequest(q, categories, List.of(), List.of(), List.of(), List.of(), sources,
                SearchRequest.Order.RELEVANCE, 1, 10);
    }

    static final List<SearchRequest> REQUESTS = List.of(
            request("การจัดการความรู้", List.of(), List.of()),
            request("ศึกษาดูงาน PMQA", List.of(), List.of()),
            request("แลกเปลี่ยนเรียนรู้ \"คุณภาพการให้บริการ\"", List.of(4), List.of()),
            request("ความรู้ -ประชุม", List.of(), List.of("ข่าว/")),
            request("", List.of(4, 2), List.of()));

    /** The learned equivalents of the whole collection, as a client counts them: a facet on the equivalent field. */
    static Map<Equivalent, Integer> collectionEquivalents(ModifiableSolrParams into) throws Exception {
        SolrQuery facet = new SolrQuery("kind:document");
        facet.setRows(0);
        facet.setFacet(true);
        facet.addFacetField(IndexFields.EQUIVALENT);
        facet.setFacetLimit(-1);
        facet.setFacetMinCount(1);
        Map<Equivalent, Integer> counts = new HashMap<>();
        into.set(QueryParams.EQUIVALENTS, QueryParams.EQUIVALENTS_GIVEN);
        for (FacetField.Count c : client.query(COLLECTION, facet).getFacetField(IndexFields.EQUIVALENT).getValues()) {
            counts.put(Equivalent.parse(c.getName()), (int) c.getCount());
            into.add(QueryParams.EQUIVALENT, QueryParams.equivalent(c.getName(), c.getCount()));
        }
        return counts;
    }

    @Test
    void eachShardParsesWhatQueryBuilderBuildsOnItsReader() throws Exception {
        int compared = 0;
        for (JettySolrRunner jetty : cluster.getJettySolrRunners()) {
            for (SolrCore core : jetty.getCoreContainer().getCores()) {
                for (SearchRequest r : REQUESTS) {
                    for (SearchQueries.Words words : SearchQueries.Words.values()) {
                        for (SearchQueries.Part part : SearchQueries.Part.values()) {
                            try (LocalSolrQueryRequest req = new LocalSolrQueryRequest(core, params(r, words, part))) {
                                Query parsed = QParser.getParser("{!klangru}", req).getQuery();
                                Query built = new SearchQueries().build(r, words, req.getSearcher().getIndexReader(), part);
                                assertEquals(built, parsed, core.getName() + " " + r + " " + words + " " + part);
                                assertEquals(built.toString(), parsed.toString());
                                compared++;
                            }
                        }
                    }
                }
            }
        }
        assertEquals(2 * REQUESTS.size() * 2 * 3, compared, "two shard cores, every request, words mode and part");
        Query words = embedded.search(s -> new SearchQueries().build(REQUESTS.get(0), SearchQueries.Words.ANY,
                s.getIndexReader(), SearchQueries.Part.FULL));
        assertTrue(words.toString().contains("text:") && words.toString().contains("text_ngram:"), words.toString());
    }

    /**
     * With the collection's equivalents given (counted by a facet), every shard builds the query the embedded index of
     * the whole collection builds: the same equivalents, and (as in any collection under CommonWords.MIN_PASSAGES
     * passages) no common words.
     */
    @Test
    void withTheCollectionsEquivalentsEveryShardBuildsTheEmbeddedQuery() throws Exception {
        ModifiableSolrParams given = new ModifiableSolrParams();
        Map<Equivalent, Integer> counted = collectionEquivalents(given);
        Map<Equivalent, Integer> embeddedCounts = embedded.search(s -> LearnedEquivalents.read(s.getIndexReader()));
        assertEquals(embeddedCounts, counted);
        assertFalse(counted.isEmpty(), "the seeds define equivalents (abbreviations in parentheses)");
        int cores = 0;
        for (JettySolrRunner jetty : cluster.getJettySolrRunners()) {
            for (SolrCore core : jetty.getCoreContainer().getCores()) {
                cores++;
                for (SearchRequest r : REQUESTS) {
                    ModifiableSolrParams p = params(r, SearchQueries.Words.ANY, SearchQueries.Part.FULL);
                    p.add(given);
                    try (LocalSolrQueryRequest req = new LocalSolrQueryRequest(core, p)) {
                        Query parsed = QParser.getParser("{!klangru}", req).getQuery();
                        Query whole = embedded.search(s -> new SearchQueries().build(r, SearchQueries.Words.ANY,
                                s.getIndexReader(), SearchQueries.Part.FULL));
                        assertEquals(whole, parsed, core.getName() + " " + r);
                    }
                }
            }
        }
        assertEquals(2, cores);
    }

    /**
     * Which words are common is decided on the collection's counts: a shard's statistics request records every term
     * the query builder asks about (and the passage count) for the stats cache to count; the search request that
     * follows brings the collection's counts, and the parser decides with them, not with the shard's own.
     */
    @Test
    void commonWordsAreDecidedOnTheCollectionsCounts() throws Exception {
        SearchRequest r = request("ศึกษาดูงาน การพัฒนาคุณภาพ", List.of(), List.of());
        List<String> terms = new SearchQueries().terms(r);
        assertTrue(terms.size() >= 2, terms.toString());
        SolrCore core = cluster.getJettySolrRunners().get(0).getCoreContainer().getCores().get(0);

        ModifiableSolrParams statsPhase = params(r, SearchQueries.Words.ANY, SearchQueries.Part.FULL);
        statsPhase.set(ShardParams.SHARDS_PURPOSE, ShardRequest.PURPOSE_GET_TERM_STATS);
        try (LocalSolrQueryRequest req = new LocalSolrQueryRequest(core, statsPhase)) {
            QParser.getParser("{!klangru}", req).getQuery();
            Set<Term> asked = KlangruStatsCache.asked(req);
            assertTrue(asked.contains(KlangruStatsCache.PASSAGES), asked.toString());
            for (String t : terms) {
                assertTrue(asked.contains(new Term(IndexFields.TEXT, t)), t + " in " + asked);
            }
            assertTrue(asked.stream().anyMatch(t -> t.field().equals(IndexFields.TEXT_NGRAM)), "bigrams of Thai runs: " + asked);
        }

        // the collection has 100,000 passages, 50,000 of which hold the first word: common there, not on this shard
        Term common = new Term(IndexFields.TEXT, terms.get(0));
        Map<String, TermStats> global = new HashMap<>();
        global.put(KlangruStatsCache.PASSAGES.toString(), new TermStats(KlangruStatsCache.PASSAGES.toString(), 100_000, 100_000));
        global.put(common.toString(), new TermStats(common.toString(), 50_000, 60_000));
        ModifiableSolrParams searchPhase = params(r, SearchQueries.Words.ANY, SearchQueries.Part.FULL);
        searchPhase.set(StatsCache.TERM_STATS_KEY, StatsUtil.termStatsMapToString(global));
        try (LocalSolrQueryRequest req = new LocalSolrQueryRequest(core, searchPhase)) {
            IndexReader reader = req.getSearcher().getIndexReader();
            Query parsed = QParser.getParser("{!klangru}", req).getQuery();
            Query expected = new SearchQueries().build(r, SearchQueries.Words.ANY, reader, SearchQueries.Part.FULL, null,
                    new SearchQueries.Statistics() {
                        @Override
                        public long passages() {
                            return 100_000;
                        }

                        @Override
                        public long docFreq(Term term) throws IOException {
                            return term.equals(common) ? 50_000 : reader.docFreq(term);
                        }
                    });
            assertEquals(expected, parsed);
            assertNotEquals(new SearchQueries().build(r, SearchQueries.Words.ANY, reader, SearchQueries.Part.FULL), parsed,
                    "on the shard's own counts no word is common");
        }
    }

    /** The KM officer's corrections file, sent as its text, changes the shards' query as it changes the embedded one. */
    @Test
    void theCorrectionsFileAppliesAsInTheEmbeddedSearch() throws Exception {
        String file = "# corrections\nAR = รายงานผลการดำเนินการ\n";
        EquivalentsFile corrections = EquivalentsFile.parse("test", file);
        ModifiableSolrParams given = new ModifiableSolrParams();
        Map<Equivalent, Integer> learned = collectionEquivalents(given);
        SearchRequest r = request("AR ประจำปี", List.of(), List.of());
        Query withFile = embedded.search(s -> new SearchQueries(AnalyzerChoice.KLANGRU, corrections)
                .build(r, SearchQueries.Words.ANY, s.getIndexReader(), SearchQueries.Part.FULL, learned));
        Query without = embedded.search(s -> new SearchQueries()
                .build(r, SearchQueries.Words.ANY, s.getIndexReader(), SearchQueries.Part.FULL, learned));
        assertNotEquals(without, withFile, "the correction adds a path to the query");
        int cores = 0;
        for (JettySolrRunner jetty : cluster.getJettySolrRunners()) {
            for (SolrCore core : jetty.getCoreContainer().getCores()) {
                ModifiableSolrParams p = params(r, SearchQueries.Words.ANY, SearchQueries.Part.FULL);
                p.add(given);
                p.set(QueryParams.CORRECTIONS, file);
                try (LocalSolrQueryRequest req = new LocalSolrQueryRequest(core, p)) {
                    assertEquals(withFile, QParser.getParser("{!klangru}", req).getQuery(), core.getName());
                }
                cores++;
            }
        }
        assertEquals(2, cores);
    }

    // ---- the same answers as the embedded index ----

    record Hit(String passageId, float score, long bestPractice, int ordinal) {}

    static final Comparator<Hit> BY_SCORE = Comparator.comparing(Hit::score, Comparator.reverseOrder());
    static final Comparator<Hit> BROWSE = BY_SCORE.thenComparing(Hit::bestPractice, Comparator.reverseOrder())
            .thenComparing(Hit::ordinal);

    private Hit hit(String passageId, float score) {
        PassageRecord p = passages.get(passageId);
        return new Hit(passageId, score, Math.round(p.bestPractice() * 1000), p.ordinal());
    }

    /** The embedded index's answer: ranked by {@code first}, the top 200 rescored with the full query if asked. */
    List<Hit> embeddedHits(SearchRequest r, SearchQueries.Words words, SearchQueries.Part first, boolean rerank,
                           Sort sort, Map<Equivalent, Integer> learned) throws IOException {
        return embedded.search(shared -> {
            IndexReader reader = shared.getIndexReader();
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setSimilarity(new BM25Similarity(1.2f, 0.5f));
            SearchQueries queries = new SearchQueries();
            Query q = queries.build(r, words, reader, first, learned);
            TopDocs top = sort == null ? searcher.search(q, 1000) : searcher.search(q, 1000, sort, true);
            if (rerank) {
                Query full = queries.build(r, words, reader, SearchQueries.Part.FULL, learned);
                top = new QueryRescorer(full) {
                    @Override
                    protected float combine(float firstPassScore, boolean secondPassMatches, float secondPassScore) {
                        return secondPassMatches ? secondPassScore : firstPassScore;
                    }
                }.rescore(searcher, top, 200);
            }
            List<Hit> out = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                out.add(hit(searcher.storedFields().document(sd.doc).get(IndexFields.PASSAGE_ID), sd.score));
            }
            return out;
        });
    }

    List<Hit> solrHits(ModifiableSolrParams p, String sort) throws Exception {
        SolrQuery q = new SolrQuery();
        q.add(p);
        q.set("q", "{!klangru}");
        q.setFields(IndexFields.PASSAGE_ID, "score");
        q.setRows(1000);
        if (sort != null) {
            q.set("sort", sort);
        }
        // posted, as SolrCloudIndex sends it: the query's equivalents make requests longer than a URI may be
        QueryResponse answer = client.query(COLLECTION, q, SolrRequest.METHOD.POST);
        List<Hit> out = new ArrayList<>();
        for (SolrDocument d : answer.getResults()) {
            out.add(hit((String) d.getFieldValue(IndexFields.PASSAGE_ID), (Float) d.getFieldValue("score")));
        }
        assertEquals(answer.getResults().getNumFound(), out.size(), "every hit fits in one page here");
        return out;
    }

    /**
     * Solr's order must follow {@code order}, and its hits and scores be the embedded index's; passages that tie are
     * compared by id (the two engines break ties by internal document numbers).
     */
    static void assertSameAnswer(List<Hit> expected, List<Hit> actual, Comparator<Hit> order, String what) {
        for (int i = 1; i < actual.size(); i++) {
            assertTrue(order.compare(actual.get(i - 1), actual.get(i)) <= 0 || close(actual.get(i - 1), actual.get(i)),
                    what + ": Solr's order at " + i + ": " + actual.get(i - 1) + " then " + actual.get(i));
        }
        Comparator<Hit> canonical = order.thenComparing(Hit::passageId);
        List<Hit> e = expected.stream().sorted(canonical).toList();
        List<Hit> a = actual.stream().sorted(canonical).toList();
        assertEquals(e.stream().map(Hit::passageId).toList(), a.stream().map(Hit::passageId).toList(),
                () -> what + "\nembedded " + e + "\nsolr     " + a);
        for (int i = 0; i < e.size(); i++) {
            assertEquals(e.get(i).score(), a.get(i).score(), 1e-4f * Math.max(1f, e.get(i).score()),
                    what + ": score of " + e.get(i).passageId());
        }
    }

    private static boolean close(Hit a, Hit b) {
        return Math.abs(a.score() - b.score()) <= 1e-4f * Math.max(1f, a.score());
    }

    @Test
    void searchesAnswerAsTheEmbeddedIndexOnTwoShards() throws Exception {
        ModifiableSolrParams given = new ModifiableSolrParams();
        Map<Equivalent, Integer> learned = collectionEquivalents(given);
        int nonEmpty = 0;
        for (SearchRequest r : REQUESTS.subList(0, REQUESTS.size() - 1)) {
            for (SearchQueries.Words words : SearchQueries.Words.values()) {
                for (SearchQueries.Part part : List.of(SearchQueries.Part.FULL, SearchQueries.Part.MATCHING)) {
                    ModifiableSolrParams p = params(r, words, part);
                    p.add(given);
                    List<Hit> expected = embeddedHits(r, words, part, false, null, learned);
                    assertSameAnswer(expected, solrHits(p, null), BY_SCORE, r + " " + words + " " + part);
                    nonEmpty += expected.isEmpty() ? 0 : 1;
                }
            }
        }
        assertTrue(nonEmpty >= 10, "searches with hits: " + nonEmpty);
    }

    /** What the client ranks with: the matching query, its top 200 re-ranked by the full query (replace, weight 1). */
    @Test
    void rerankingWithTheFullQueryAnswersAsTheEmbeddedRescorer() throws Exception {
        ModifiableSolrParams given = new ModifiableSolrParams();
        Map<Equivalent, Integer> learned = collectionEquivalents(given);
        for (SearchRequest r : REQUESTS.subList(0, REQUESTS.size() - 1)) {
            ModifiableSolrParams p = params(r, SearchQueries.Words.ANY, SearchQueries.Part.MATCHING);
            p.add(given);
            p.set("rq", "{!rerank reRankQuery=$rqq reRankDocs=200 reRankWeight=1 reRankOperator=replace}");
            p.set("rqq", "{!klangru kl.part=full}");
            List<Hit> expected = embeddedHits(r, SearchQueries.Words.ANY, SearchQueries.Part.MATCHING, true, null, learned);
            List<Hit> actual = solrHits(p, null);
            assertSameAnswer(expected, actual, BY_SCORE, "rerank " + r);
            if (!expected.isEmpty()) {
                List<Hit> matchingOnly = embeddedHits(r, SearchQueries.Words.ANY, SearchQueries.Part.MATCHING, false, null,
                        learned);
                assertNotEquals(matchingOnly.stream().map(Hit::score).toList(),
                        expected.stream().sorted(BY_SCORE.thenComparing(Hit::passageId)).map(Hit::score).toList(),
                        "re-ranking changed the scores of " + r);
            }
        }
    }

    @Test
    void browseSortsLikeTheEmbeddedIndex() throws Exception {
        SearchRequest browse = REQUESTS.get(REQUESTS.size() - 1);
        Sort order = new Sort(SortField.FIELD_SCORE, new SortField(IndexFields.BEST_PRACTICE, SortField.Type.LONG, true),
                new SortField(IndexFields.ORDINAL, SortField.Type.LONG));
        List<Hit> expected = embeddedHits(browse, SearchQueries.Words.ALL, SearchQueries.Part.FULL, false, order, null);
        List<Hit> actual = solrHits(params(browse, SearchQueries.Words.ALL, SearchQueries.Part.FULL),
                "score desc," + SolrFields.BEST_PRACTICE_SORT + " desc," + IndexFields.ORDINAL + " asc");
        assertTrue(expected.size() > 20, "browsed passages: " + expected.size());
        assertSameAnswer(expected, actual, BROWSE, "browse");
        assertTrue(actual.stream().allMatch(h -> passages.get(h.passageId()).categories().stream()
                .anyMatch(c -> c == 4 || c == 2)), "only passages of หมวด 4 or 2");
    }

    /** Newest first, as the embedded index's date order: date (undated last), then score, then ordinal. */
    @Test
    void dateOrderSortsLikeTheEmbeddedIndex() throws Exception {
        SortField date = new SortField(IndexFields.DATE, SortField.Type.LONG, true);
        date.setMissingValue(Long.MIN_VALUE);
        Sort order = new Sort(date, SortField.FIELD_SCORE, new SortField(IndexFields.ORDINAL, SortField.Type.LONG));
        SearchRequest r = REQUESTS.get(0);
        ModifiableSolrParams given = new ModifiableSolrParams();
        Map<Equivalent, Integer> learned = collectionEquivalents(given);
        ModifiableSolrParams p = params(r, SearchQueries.Words.ANY, SearchQueries.Part.FULL);
        p.add(given);
        List<Hit> expected = embeddedHits(r, SearchQueries.Words.ANY, SearchQueries.Part.FULL, false, order, learned);
        List<Hit> actual = solrHits(p, SolrFields.DATE_DAY + " desc,score desc," + IndexFields.ORDINAL + " asc");
        Comparator<Hit> newest = Comparator.comparing((Hit h) -> epochDay(h), Comparator.reverseOrder())
                .thenComparing(BY_SCORE).thenComparing(Hit::ordinal);
        assertTrue(expected.stream().map(SolrQueryParserTest::epochDay).distinct().count() > 2, "several dates");
        assertSameAnswer(expected, actual, newest, "date order");
    }

    private static long epochDay(Hit h) {
        LocalDate d = documents.get(passages.get(h.passageId()).documentId()).date();
        return d == null ? Long.MIN_VALUE : d.toEpochDay();
    }

    @Test
    void aPassageComesBackAsTheRecordItWas() throws Exception {
        PassageRecord p = passages.values().iterator().next();
        SolrDocument answer = client.getById(COLLECTION, p.documentId() + "!" + p.passageId());
        assertEquals(p, IndexDocuments.passageFrom(SolrDocuments.fromSolr(answer)));
        DocumentRecord d = documents.get(p.documentId());
        SolrDocument record = client.getById(COLLECTION, p.documentId() + "!" + SolrFields.DOCUMENT_SUFFIX);
        assertEquals(d, IndexDocuments.documentFrom(SolrDocuments.fromSolr(record)));
    }

    /** Near-real-time: a record added without a commit is found once the soft commit (0.8 s after a write) has run. */
    @Test
    void anAddedPassageIsSearchableWithoutACommit() throws Exception {
        DocumentRecord d = SolrTestRecords.documentRecord("00000000000fresh", "ข่าวใหม่", "news", null, null, 1);
        PassageRecord p = SolrTestRecords.passages(d.id(), "", List.of("คำว่ากระเจี๊ยบแดงปรากฏที่นี่ครั้งเดียว"),
                List.of(List.of()), List.of(List.of())).get(0);
        passages.put(p.passageId(), p);
        // into both, so that the other tests' collection statistics stay the same on both sides
        embedded.replace(d, List.of(p));
        embedded.commit(Map.of());
        client.add(COLLECTION, List.of(SolrDocuments.toSolr(SolrTestRecords.document(d, List.of(p))),
                SolrDocuments.toSolr(SolrTestRecords.passage(p, d))));
        ModifiableSolrParams q = params(request("กระเจี๊ยบแดง", List.of(), List.of()), SearchQueries.Words.ALL,
                SearchQueries.Part.FULL);
        long started = System.nanoTime();
        Eventually.await(Duration.ofSeconds(10), "the new passage is found",
                () -> {
                    try {
                        return solrHits(q, null).stream().anyMatch(h -> h.passageId().equals(p.passageId()));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
        System.out.println("visible after " + (System.nanoTime() - started) / 1_000_000 + " ms without a commit");
    }

    @Test
    void badParametersAreA400NamingThem() {
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put(QueryParams.CATEGORY, "9");
        bad.put(QueryParams.YEAR, "2023");
        bad.put(QueryParams.WORDS, "some");
        bad.put(QueryParams.PART, "everything");
        bad.put(QueryParams.CODE, " ");
        bad.put("kl.categories", "4");
        bad.put(QueryParams.EQUIVALENT, "1:x");
        bad.put(QueryParams.CORRECTIONS, "AR รายงานผลการดำเนินการ");
        for (Map.Entry<String, String> b : bad.entrySet()) {
            ModifiableSolrParams p = params(request("ความรู้", List.of(), List.of()), SearchQueries.Words.ALL,
                    SearchQueries.Part.FULL);
            p.set(b.getKey(), b.getValue());
            SolrException e = assertThrows(SolrException.class, () -> solrHits(p, null), b.toString());
            assertEquals(400, e.code(), b + ": " + e.getMessage());
            assertTrue(e.getMessage().contains(b.getKey()), b + ": " + e.getMessage());
        }
        ModifiableSolrParams badKey = params(request("ความรู้", List.of(), List.of()), SearchQueries.Words.ALL,
                SearchQueries.Part.FULL);
        badKey.set(QueryParams.EQUIVALENTS, QueryParams.EQUIVALENTS_GIVEN);
        badKey.set(QueryParams.EQUIVALENT, "two:abbreviation\u001fก\u001fข");
        SolrException e = assertThrows(SolrException.class, () -> solrHits(badKey, null));
        assertEquals(400, e.code(), e.getMessage());
    }
}
