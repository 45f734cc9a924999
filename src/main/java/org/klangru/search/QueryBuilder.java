package org.klangru.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.klangru.index.IndexFields;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;

/**
 * Builds the Lucene query of a request: every query word may match the passage text, its heading or its
 * document's title (the best of the three counts), the whole query as a phrase lifts passages that keep
 * the words together, and the filters narrow without scoring.
 */
final class QueryBuilder {
    static final float TEXT_BOOST = 1.0f;
    static final float HEADING_BOOST = 0.4f;
    static final float TITLE_BOOST = 0.3f;
    static final float PHRASE_BOOST = 2.0f;
    static final int PHRASE_SLOP = 2;

    private final Analyzer analyzer;

    QueryBuilder(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    static final float CODE_BOOST = 3.0f;
    static final float CATEGORY_BOOST = 1.5f;

    /**
     * A request as Lucene queries.
     *
     * @param terms     query words as the word field has them, in order; empty in browse mode
     * @param relevance the scoring part, without filters; also what the highlighter marks
     * @param full      relevance with phrases, exclusions and filters
     */
    record Built(List<String> terms, Query relevance, Query full) {}

    Built build(SearchRequest request) {
        UserQuery uq = UserQuery.parse(request.query());
        List<String> terms = QueryTerms.of(analyzer, IndexFields.TEXT, uq.words());
        Query relevance = relevance(terms, uq);
        BooleanQuery.Builder full = new BooleanQuery.Builder()
                .add(relevance, relevance instanceof MatchAllDocsQuery ? Occur.FILTER : Occur.MUST);
        for (String phrase : uq.phrases()) {
            Query p = phrase(phrase, 0);
            if (p != null) {
                full.add(p, Occur.FILTER);
            }
        }
        for (String out : uq.excluded()) {
            Query p = phrase(out, 0);
            if (p != null) {
                full.add(p, Occur.MUST_NOT);
            }
        }
        return new Built(terms, relevance, withFilters(full.build(), request));
    }

    /** The words of a text in order as a phrase on the passage text, or null when it has no words. */
    private Query phrase(String text, int slop) {
        List<String> words = QueryTerms.of(analyzer, IndexFields.TEXT, text);
        if (words.isEmpty()) {
            return null;
        }
        if (words.size() == 1) {
            return new TermQuery(new Term(IndexFields.TEXT, words.get(0)));
        }
        PhraseQuery.Builder b = new PhraseQuery.Builder().setSlop(slop);
        for (int i = 0; i < words.size(); i++) {
            b.add(new Term(IndexFields.TEXT, words.get(i)), i);
        }
        return b.build();
    }

    private Query relevance(List<String> terms, UserQuery uq) {
        if (terms.isEmpty()) {
            return new MatchAllDocsQuery();
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        for (String code : uq.codes()) {
            q.add(new BoostQuery(new TermQuery(new Term(IndexFields.CODE, code)), CODE_BOOST), Occur.SHOULD);
        }
        for (int category : uq.categories()) {
            q.add(new BoostQuery(new TermQuery(new Term(IndexFields.CATEGORY, String.valueOf(category))), CATEGORY_BOOST), Occur.SHOULD);
        }
        for (String t : new LinkedHashSet<>(terms)) {
            q.add(new DisjunctionMaxQuery(List.of(
                    new TermQuery(new Term(IndexFields.TEXT, t)),
                    new BoostQuery(new TermQuery(new Term(IndexFields.HEADING, t)), HEADING_BOOST),
                    new BoostQuery(new TermQuery(new Term(IndexFields.TITLE_WORDS, t)), TITLE_BOOST)), 0.1f), Occur.SHOULD);
        }
        if (terms.size() > 1) {
            PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(PHRASE_SLOP);
            for (int i = 0; i < terms.size(); i++) {
                phrase.add(new Term(IndexFields.TEXT, terms.get(i)), i);
            }
            q.add(new BoostQuery(phrase.build(), PHRASE_BOOST), Occur.SHOULD);
        }
        return q.build();
    }

    /** Passages only, each filter's values OR-ed, filters AND-ed. */
    private static Query withFilters(Query query, SearchRequest r) {
        BooleanQuery.Builder q = new BooleanQuery.Builder()
                .add(query, Occur.MUST)
                .add(new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_PASSAGE)), Occur.FILTER);
        addFilter(q, IndexFields.CATEGORY, r.categories(), String::valueOf);
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
        List<Query> any = new ArrayList<>();
        for (T v : values) {
            any.add(new TermQuery(new Term(field, asTerm.apply(v))));
        }
        BooleanQuery.Builder or = new BooleanQuery.Builder();
        any.forEach(t -> or.add(t, Occur.SHOULD));
        q.add(or.build(), Occur.FILTER);
    }
}
