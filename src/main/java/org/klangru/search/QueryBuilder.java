package org.klangru.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.klangru.analysis.AnalyzerChoice;
import org.klangru.index.IndexFields;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Builds the Lucene query of a request. Query words match the passage text or its heading: all of them
 * ({@link Words#ALL}, tried first) or any ({@link Words#ANY}, where passages with every word still come first
 * unless the others match far better, and each concept of the query a passage holds adds a share of a fixed bonus,
 * so that more of the query outranks a few of its words repeated); the document's title only lifts hits; the query
 * as a phrase lifts passages that keep the words together; Thai character
 * bigram phrases find words inside compounds and half-typed words that the word field misses, weighted low
 * so that they add recall without outranking word matches; filters narrow without scoring. Each
 * space-separated part of the query and each pair of adjacent query words also count as phrases, so that
 * words kept together rank above the same words scattered.
 *
 * <p>The query analyzer makes a token graph (a domain term over its parts, synonyms as other paths), so
 * terms and phrases are built with Lucene's graph-aware builder, never by reading positions one by one.
 */
final class QueryBuilder {
    static final float HEADING_BOOST = 0.4f;
    static final float TITLE_BOOST = 0.3f;
    static final float FIELD_TIE = 0.1f;
    static final float PHRASE_BOOST = 2.0f;
    static final int PHRASE_SLOP = 2;
    /** Each space-separated part of a query (Thai phrases are set apart by spaces) as a phrase of its own. */
    static final float PART_PHRASE_BOOST = 1.0f;
    static final int PART_PHRASE_SLOP = 1;
    /** Adjacent query words kept together in the passage ({@link WordPairs}). */
    static final float PAIR_BOOST = 1.0f;
    static final int PAIR_SLOP = 1;
    static final float NGRAM_BOOST = 0.3f;
    static final float CODE_BOOST = 3.0f;
    static final float CATEGORY_BOOST = 1.5f;
    /** Lifts the passages holding every query word when any word counts: a missing word outweighs most phrase bonuses. */
    static final float EVERY_WORD_BONUS = 4f;
    /**
     * Shared among the query's concepts that are not common words: a passage scores this share for each of them it
     * holds, so that where no passage holds every word, one with four of five concepts ranks above one that repeats
     * two (BM25 sums term weights, and Lucene dropped the "coordination" factor that used to count them).
     */
    static final float COVERAGE_BONUS = 12f;

    /**
     * A query's words after this many are left out (as web search engines do): a paragraph pasted as the query (the
     * API takes up to 1,000 characters) expands each word into its parts, synonyms, equivalents, pairs and character
     * bigrams, more clauses than a Lucene query may hold (1,024), and such a search failed instead of answering.
     */
    static final int MAX_QUERY_WORDS = 32;

    /**
     * What a passage that has a near equivalent ("บุคลากร" for "เจ้าหน้าที่") scores against the same passage with the
     * query's own word; low enough that, among thousands of news items, the words typed still come first.
     */
    static final float PARAPHRASE_WEIGHT = 0.8f;

    private final Analyzer analyzer;
    private final boolean ngrams;
    private final org.apache.lucene.util.QueryBuilder graph;
    /** The query analyzer with near equivalents as further paths; null for the stock analyses. */
    private final Analyzer withEquivalents;

    QueryBuilder(AnalyzerChoice analysis) {
        this.analyzer = analysis.queryAnalyzer();
        this.ngrams = analysis.ngrams();
        this.graph = new ConceptQueries(analyzer);
        this.withEquivalents = analysis.paraphraseAnalyzer().orElse(null);
    }

    /**
     * A request as Lucene queries.
     *
     * @param relevance the scoring part, without filters; also what the highlighter marks
     * @param full      relevance with phrases, exclusions and filters: what ranks the hits
     * @param matching  the same hits as {@code full} without the clauses that only rank them: what counts them
     */
    record Built(Query relevance, Query full, Query matching) {}

    /** @param common which words are too common to make a hit alone in the {@link Words#ANY} tier */
    Built build(SearchRequest request, Words mode, CommonWords common) {
        return build(request, mode, common, withEquivalents);
    }

    /**
     * @param equivalents the query analyzer with near equivalents and the collection's own equivalents as further
     *                    paths (null: none)
     */
    Built build(SearchRequest request, Words mode, CommonWords common, Analyzer equivalents) {
        UserQuery uq = parse(request.query());
        List<String> terms = terms(uq);
        if (terms.isEmpty()) {
            Query all = new MatchAllDocsQuery();
            Query filtered = withQueryFilters(all, uq, request);
            return new Built(all, filtered, filtered);
        }
        // headings repeat over every passage of a section: a heading match on words that are everywhere in headings
        // would add a quarter of the index to the hits, so there the heading only ranks the text's matches
        boolean headingsMatch = mode == Words.ANY || !common.allCommon(IndexFields.HEADING, terms);
        // the any-word tier's text query, made once: the core matches with it and the coverage bonus counts its places
        Query anyText = mode == Words.ANY ? textWords(uq.words(), terms, equivalents, Occur.SHOULD) : null;
        Query core = core(uq, terms, mode, common, headingsMatch, equivalents, anyText);
        if (mode == Words.ANY) {
            Query everyWord = new ConstantScoreQuery(core(uq, terms, Words.ALL, common, true, equivalents, null));
            core = new BooleanQuery.Builder().add(core, Occur.MUST)
                    .add(new BoostQuery(everyWord, EVERY_WORD_BONUS), Occur.SHOULD)
                    .build();
        }
        List<Query> concepts = mode == Words.ANY ? rareConcepts(anyText, uq.words(), terms, equivalents, common) : List.of();
        Query relevance = ranked(uq, core, headingsMatch, concepts);
        return new Built(relevance, withQueryFilters(relevance, uq, request), withQueryFilters(core, uq, request));
    }

    /**
     * The query's concepts (a word with its parts, synonyms and equivalents is one), each held where the passage's
     * text or its heading holds it, without those made of common words only; empty for a query of fewer than two such
     * concepts. The heading counts as the core counts it: "รอคอย โรงพยาบาลบ้านนาสวน" is answered by the passage about
     * waiting times under the hospital's headline, not by one that names the hospital twice.
     *
     * @param anyText the query's words in the text field, each {@link Occur#SHOULD}
     */
    private List<Query> rareConcepts(Query anyText, String words, List<String> terms, Analyzer equivalents,
                                     CommonWords common) {
        if (!(anyText instanceof BooleanQuery places)) {
            return List.of();
        }
        // the same words in the heading field: the same analysis, so its places are the text's
        Query anyHeading = textQueries(words, terms, equivalents).createBooleanQuery(IndexFields.HEADING, words, Occur.SHOULD);
        List<BooleanClause> inHeading = anyHeading instanceof BooleanQuery h && h.clauses().size() == places.clauses().size()
                ? h.clauses() : null;
        List<Query> out = new ArrayList<>();
        for (int i = 0; i < places.clauses().size(); i++) {
            BooleanClause place = places.clauses().get(i);
            Set<Term> alternatives = new HashSet<>();
            place.getQuery().visit(QueryVisitor.termCollector(alternatives));
            if (!alternatives.stream().allMatch(common::common)) {
                out.add(inHeading == null ? place.getQuery() : new BooleanQuery.Builder()
                        .add(place.getQuery(), Occur.SHOULD).add(inHeading.get(i).getQuery(), Occur.SHOULD).build());
            }
        }
        return out.size() > 1 ? out : List.of();
    }

    /** A request's query words as the word field has them; empty in browse mode or for punctuation alone. */
    List<String> terms(SearchRequest request) {
        return terms(parse(request.query()));
    }

    /** The words a search for {@code request} looks for, when they are fewer than the query's (words left out). */
    Optional<String> searchedWords(SearchRequest request) {
        String words = UserQuery.parse(request.query()).words();
        String searched = firstWords(words);
        return searched.equals(words) ? Optional.empty() : Optional.of(searched);
    }

    /** The user's query with its words cut after the {@link #MAX_QUERY_WORDS}th. */
    private UserQuery parse(String raw) {
        UserQuery uq = UserQuery.parse(raw);
        String words = firstWords(uq.words());
        return words.equals(uq.words()) ? uq : new UserQuery(words, uq.phrases(), uq.excluded(), uq.codes(), uq.categories());
    }

    /** {@code words} up to the end of its {@link #MAX_QUERY_WORDS}th word, as the query analyzer reads them. */
    private String firstWords(String words) {
        if (words.length() <= MAX_QUERY_WORDS) {
            return words; // every word takes a character at least
        }
        int cut = words.length();
        try (TokenStream ts = analyzer.tokenStream(IndexFields.TEXT, words)) {
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            int position = 0;
            while (ts.incrementToken()) {
                position += inc.getPositionIncrement();
                if (position > MAX_QUERY_WORDS && cut == words.length()) {
                    cut = offset.startOffset(); // where the first word past the limit begins
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return words.substring(0, Math.min(cut, words.length())).strip();
    }

    /**
     * The single words a query looks for in the text field, near equivalents included; words it looks for only
     * within a phrase ("ผู้" of "ผู้ปฏิบัติงาน") or excludes are left out: a hit that holds them has not matched them.
     */
    static Set<String> textWords(Query query) {
        Set<String> words = new LinkedHashSet<>();
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                return IndexFields.TEXT.equals(field);
            }

            @Override
            public void consumeTerms(Query q, Term... terms) {
                if (!(q instanceof PhraseQuery)) {
                    Arrays.stream(terms).map(Term::text).forEach(words::add);
                }
            }

            @Override
            public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                return occur == Occur.MUST_NOT ? EMPTY_VISITOR : this;
            }
        });
        return words;
    }

    private List<String> terms(UserQuery uq) {
        return QueryTerms.of(analyzer, IndexFields.TEXT, uq.words());
    }

    /** The query with its quoted phrases required, its exclusions removed and the request's filters applied. */
    private Query withQueryFilters(Query query, UserQuery uq, SearchRequest request) {
        BooleanQuery.Builder full = new BooleanQuery.Builder()
                .add(query, query instanceof MatchAllDocsQuery ? Occur.FILTER : Occur.MUST);
        for (String phrase : uq.phrases()) {
            Query p = graph.createPhraseQuery(IndexFields.TEXT, phrase, 0);
            if (p != null) {
                full.add(p, Occur.FILTER);
            }
        }
        for (String out : uq.excluded()) {
            Query p = graph.createPhraseQuery(IndexFields.TEXT, out, 0);
            if (p != null) {
                full.add(p, Occur.MUST_NOT);
            }
        }
        return withFilters(full.build(), request, query instanceof MatchAllDocsQuery);
    }

    /** Which passages a query's words select: those with every word, or those with any of them. */
    enum Words { ALL, ANY }

    /**
     * What makes a passage a hit: its words (the best of text and heading counts, so a heading's words lift a
     * passage without outranking the text), in {@link Words#ANY} mode also the query's Thai letters inside a
     * compound; a code or category named in the query. In {@link Words#ANY} mode a passage must also hold one of
     * the query's words that are not {@link CommonWords common}, if it has any: those still rank, but no longer
     * make a quarter of the index a hit.
     */
    private Query core(UserQuery uq, List<String> terms, Words mode, CommonWords common, boolean headingsMatch,
                       Analyzer equivalents, Query anyText) {
        String words = uq.words();
        Occur eachWord = mode == Words.ALL ? Occur.MUST : Occur.SHOULD;
        BooleanQuery.Builder core = new BooleanQuery.Builder();
        List<Query> rare = new ArrayList<>();
        boolean anyCommon = false;
        Query wordMatch = wordsIn(words, terms, equivalents, headingsMatch, eachWord, anyText);
        // a passage labelled with a code or category the query names is a hit of the every-word tier without every
        // word; it ranks by the words it does hold, as in the any-word tier (a passage with every word scores the
        // same either way), not by the label alone, which ties hundreds of them
        boolean labelsMatch = mode == Words.ALL && (!uq.codes().isEmpty() || !uq.categories().isEmpty());
        if (wordMatch != null && labelsMatch) {
            core.add(wordsIn(words, terms, equivalents, headingsMatch, Occur.SHOULD, null), Occur.SHOULD);
            rare.add(wordMatch);
        } else if (wordMatch != null) {
            core.add(wordMatch, Occur.SHOULD);
        }
        if (mode == Words.ANY) {
            for (String t : new LinkedHashSet<>(terms)) {
                if (common.common(new Term(IndexFields.TEXT, t))) {
                    anyCommon = true;
                } else {
                    rare.add(new TermQuery(new Term(IndexFields.TEXT, t)));
                    rare.add(new TermQuery(new Term(IndexFields.HEADING, t)));
                }
            }
        }
        if (ngrams && mode == Words.ANY) {
            List<Query> runs = new ArrayList<>(ngramRuns(words));
            // a Thai synonym ("KM" → การจัดการความรู้) must also be found inside compounds
            for (String synonym : thaiSynonyms(words)) {
                runs.addAll(ngramRuns(synonym));
            }
            for (Query run : runs) {
                // a run of common bigrams only is checked position by position in a quarter of the index, to
                // find a word the word field mostly has anyway: left out where such runs exist
                if (rareRun((PhraseQuery) run, common)) {
                    addShould(core, run, NGRAM_BOOST);
                    rare.add(run);
                }
            }
        }
        for (String code : uq.codes()) {
            addShould(core, new TermQuery(new Term(IndexFields.CODE, code)), CODE_BOOST);
            rare.add(new TermQuery(new Term(IndexFields.CODE, code)));
        }
        for (int category : uq.categories()) {
            // a query that names a หมวด is answered by passages surely about it: the evidence-level labels, not the
            // recall-oriented ones that filters use (with those, a third of a PMQA corpus shares the boost)
            Term sure = new Term(IndexFields.CATEGORY_EVIDENCE, String.valueOf(category));
            addShould(core, new TermQuery(sure), CATEGORY_BOOST);
            rare.add(new TermQuery(sure));
        }
        // a hit holds a rare word (any-word tier with common words), or every word or a named label (see above)
        if ((anyCommon || labelsMatch) && !rare.isEmpty()) {
            BooleanQuery.Builder oneRare = new BooleanQuery.Builder();
            rare.forEach(q -> oneRare.add(q, Occur.SHOULD));
            core.add(oneRare.build(), Occur.FILTER);
        }
        return core.build();
    }

    /**
     * The query's words in the text or, counted less, the heading: each {@code eachWord}; null when none.
     *
     * @param text the text part when already made ({@link #textWords} with the same {@code eachWord}), else null
     */
    private Query wordsIn(String words, List<String> terms, Analyzer equivalents, boolean headingsMatch, Occur eachWord,
                          Query text) {
        List<Query> fields = new ArrayList<>();
        addBoosted(fields, text != null ? text : textWords(words, terms, equivalents, eachWord), 1f);
        if (headingsMatch) {
            addBoosted(fields, graph.createBooleanQuery(IndexFields.HEADING, words, eachWord), HEADING_BOOST);
        }
        return fields.isEmpty() ? null : new DisjunctionMaxQuery(fields, FIELD_TIE);
    }

    /** The query's words in the text field, each {@code eachWord}; null when the analyzer leaves none. */
    private Query textWords(String words, List<String> terms, Analyzer equivalents, Occur eachWord) {
        return textQueries(words, terms, equivalents).createBooleanQuery(IndexFields.TEXT, words, eachWord);
    }

    /** What builds the text field's word query: with the near equivalents of the query's words, if it has any. */
    private org.apache.lucene.util.QueryBuilder textQueries(String words, List<String> terms, Analyzer equivalents) {
        if (equivalents == null) {
            return graph;
        }
        Set<String> typed = new HashSet<>(terms);
        return typed.containsAll(QueryTerms.of(equivalents, IndexFields.TEXT, words)) ? graph
                : new ParaphraseWeighting(equivalents, typed, PARAPHRASE_WEIGHT);
    }

    /** A bigram run is rare when one of its bigrams is: the phrase is in no more passages than that bigram. */
    private static boolean rareRun(PhraseQuery run, CommonWords common) {
        for (Term t : run.getTerms()) {
            if (!common.common(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The core with what only ranks its hits, checked on hits alone: how many of the query's concepts a hit holds
     * ({@link #COVERAGE_BONUS}, any-word tier only: in the other every hit holds all), the words kept together, and
     * the document title (every passage of a document shares its title; matching on it put all of them into the results).
     */
    private Query ranked(UserQuery uq, Query core, boolean headingsMatch, List<Query> concepts) {
        String words = uq.words();
        BooleanQuery.Builder q = new BooleanQuery.Builder().add(core, Occur.MUST);
        for (Query concept : concepts) {
            addShould(q, new ConstantScoreQuery(concept), COVERAGE_BONUS / concepts.size());
        }
        if (!headingsMatch) {
            // what the heading adds to a text match in the core's disjunction-max, as a tie-breaker
            addShould(q, graph.createBooleanQuery(IndexFields.HEADING, words, Occur.MUST), HEADING_BOOST * FIELD_TIE);
        }
        addShould(q, phrase(words, PHRASE_SLOP), PHRASE_BOOST);
        for (Query pair : WordPairs.of(analyzer, IndexFields.TEXT, words, PAIR_SLOP)) {
            addShould(q, pair, PAIR_BOOST);
        }
        String[] parts = words.split("\\s+");
        if (parts.length > 1) {
            for (String part : parts) {
                Query p = phrase(part, PART_PHRASE_SLOP);
                // only a part of several words has words to keep together: not one word (with or without synonyms),
                // nor a compound, whose paths are one concept the core scores already
                if (p instanceof PhraseQuery || p instanceof MultiPhraseQuery) {
                    addShould(q, p, PART_PHRASE_BOOST);
                }
            }
        }
        addShould(q, graph.createBooleanQuery(IndexFields.TITLE_WORDS, words), TITLE_BOOST * FIELD_TIE);
        return q.build();
    }

    /**
     * {@code text} as a phrase of the text field, or null when its token graph has more paths than a query may hold:
     * with a slop, Lucene writes one phrase per path, and a long query whose words each have alternatives
     * (six times "การจัดการความรู้") has thousands. Keeping so many words together is no signal worth that.
     */
    private Query phrase(String text, int slop) {
        try {
            return graph.createPhraseQuery(IndexFields.TEXT, text, slop);
        } catch (IndexSearcher.TooManyClauses e) {
            return null;
        }
    }

    private static void addBoosted(List<Query> list, Query clause, float boost) {
        if (clause != null) {
            list.add(boost == 1f ? clause : new BoostQuery(clause, boost));
        }
    }

    private static void addShould(BooleanQuery.Builder q, Query clause, float boost) {
        if (clause != null) {
            q.add(boost == 1f ? clause : new BoostQuery(clause, boost), Occur.SHOULD);
        }
    }

    /** Thai terms the query analyzer added that the query text does not contain: synonyms. */
    private List<String> thaiSynonyms(String words) {
        List<String> out = new ArrayList<>();
        for (String t : QueryTerms.of(analyzer, IndexFields.TEXT, words)) {
            if (t.length() >= 3 && t.chars().anyMatch(c -> c >= 0x0E01 && c <= 0x0E5B) && !words.contains(t) && !out.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    /** One phrase of bigrams per Thai run of the query; the n-gram analyzer leaves a position gap between runs. */
    private List<Query> ngramRuns(String words) {
        List<Query> runs = new ArrayList<>();
        List<String> run = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(IndexFields.TEXT_NGRAM, words)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (inc.getPositionIncrement() > 1) {
                    addRun(runs, run);
                    run = new ArrayList<>();
                }
                run.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        addRun(runs, run);
        return runs;
    }

    private static void addRun(List<Query> runs, List<String> bigrams) {
        if (bigrams.size() < 2) {
            return; // a single bigram matches far too much to be worth scoring
        }
        PhraseQuery.Builder p = new PhraseQuery.Builder();
        for (int i = 0; i < bigrams.size(); i++) {
            p.add(new Term(IndexFields.TEXT_NGRAM, bigrams.get(i)), i);
        }
        runs.add(p.build());
    }

    /**
     * Passages only, each filter's values OR-ed, filters AND-ed.
     *
     * @param browse whether the query matches every record: a query with words (or codes) needs no filter on the
     *               record kind, as only passages have text, headings, codes and categories; filtering a query of
     *               a word found in 600,000 passages by kind cost a third of its time
     */
    private static Query withFilters(Query query, SearchRequest r, boolean browse) {
        BooleanQuery.Builder q = new BooleanQuery.Builder().add(query, Occur.MUST);
        if (browse) {
            q.add(new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_PASSAGE)), Occur.FILTER);
        }
        addFilter(q, IndexFields.CATEGORY, r.categories(), String::valueOf);
        if (browse && !r.categories().isEmpty()) {
            // browsing a หมวด: passages surely about it come first (browse sorts by score, then best practice)
            BooleanQuery.Builder sure = new BooleanQuery.Builder();
            r.categories().forEach(c -> sure.add(new TermQuery(new Term(IndexFields.CATEGORY_EVIDENCE, String.valueOf(c))),
                    Occur.SHOULD));
            q.add(new ConstantScoreQuery(sure.build()), Occur.SHOULD);
        }
        addFilter(q, IndexFields.CODE, r.codes(), Function.identity());
        addFilter(q, IndexFields.TYPE, r.types(), Function.identity());
        addFilter(q, IndexFields.YEAR, r.years(), String::valueOf);
        addFilter(q, IndexFields.AGENCY, r.agencies(), Function.identity());
        if (!r.sources().isEmpty()) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (String source : r.sources()) {
                Term t = new Term(IndexFields.SOURCE, source);
                any.add(source.endsWith("/") ? new PrefixQuery(t) : new TermQuery(t), Occur.SHOULD);
            }
            q.add(any.build(), Occur.FILTER);
        }
        return q.build();
    }

    private static <T> void addFilter(BooleanQuery.Builder q, String field, List<T> values, Function<T, String> asTerm) {
        if (values.isEmpty()) {
            return;
        }
        BooleanQuery.Builder or = new BooleanQuery.Builder();
        for (T v : values) {
            or.add(new TermQuery(new Term(field, asTerm.apply(v))), Occur.SHOULD);
        }
        q.add(or.build(), Occur.FILTER);
    }
}
