package org.klangru.evidence;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.klangru.index.DocumentRecord;
import org.klangru.index.IndexDocuments;
import org.klangru.index.IndexFields;
import org.klangru.search.QueryTerms;
import org.klangru.index.PassageIndex;
import org.klangru.index.PassageRecord;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Candidate passages for the collector, straight from the index: by activity-code label, or by the words of a concept
 * in the passage text or heading; with the same filters as the search API (category, agency, Buddhist-era year). No
 * highlighting and no folding of copies: the collector checks every candidate's text itself and folds copies once
 * over a whole section, so the ranked list only has to reach the right passages.
 */
final class EvidenceSearch {
    /** As in the search API: a word in the heading counts less than in the text. */
    static final float HEADING_BOOST = 0.4f;

    private final PassageIndex store;
    private final Analyzer analyzer;

    EvidenceSearch(PassageIndex store) {
        this.store = store;
        this.analyzer = store.analysis().queryAnalyzer();
    }

    /** A passage with the document fields a citation needs. */
    record Hit(PassageRecord passage, DocumentRecord document) {
        String passageId() {
            return passage.passageId();
        }

        String documentId() {
            return passage.documentId();
        }

        int ordinal() {
            return passage.ordinal();
        }

        String text() {
            return passage.text();
        }

        String heading() {
            return passage.heading();
        }

        /** The labels sure enough for a pack (the category model's from its evidence threshold, not its search one). */
        List<Integer> categories() {
            return passage.evidenceCategories();
        }

        double bestPractice() {
            return passage.bestPractice();
        }

        String title() {
            return document.title();
        }

        String source() {
            return document.source();
        }

        String agency() {
            return document.agency();
        }

        /** ISO date of the document, or null. */
        String date() {
            return document.date() == null ? null : document.date().toString();
        }
    }

    /** Passages labelled with a code, best practices first. */
    List<Hit> byCode(String code, List<String> agencies, List<Integer> years, int limit) throws IOException {
        Query q = filtered(new TermQuery(new Term(IndexFields.CODE, code)), null, agencies, years);
        Sort order = new Sort(new SortField(IndexFields.BEST_PRACTICE, SortField.Type.LONG, true),
                new SortField(IndexFields.ORDINAL, SortField.Type.LONG));
        return read(store.top(q, limit, order));
    }

    /** Passages with any word of the text (in the passage or its heading), best matches first. */
    List<Hit> byWords(String text, Integer category, List<String> agencies, List<Integer> years, int limit)
            throws IOException {
        List<String> terms = terms(text);
        if (terms.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        for (String t : terms) {
            words.add(new DisjunctionMaxQuery(List.of(
                    new TermQuery(new Term(IndexFields.TEXT, t)),
                    new BoostQuery(new TermQuery(new Term(IndexFields.HEADING, t)), HEADING_BOOST)), 0.1f), Occur.SHOULD);
        }
        Query q = filtered(words.build(), category, agencies, years);
        return read(store.top(q, limit, null));
    }

    private static List<Hit> read(List<PassageIndex.Scored> top) {
        List<Hit> hits = new ArrayList<>(top.size());
        for (PassageIndex.Scored s : top) {
            hits.add(new Hit(IndexDocuments.passageFrom(s.stored()), IndexDocuments.documentOfPassage(s.stored())));
        }
        return hits;
    }

    private static Query filtered(Query query, Integer category, List<String> agencies, List<Integer> years) {
        BooleanQuery.Builder q = new BooleanQuery.Builder()
                .add(query, Occur.MUST)
                .add(new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_PASSAGE)), Occur.FILTER);
        if (category != null) {
            q.add(new TermQuery(new Term(IndexFields.CATEGORY_EVIDENCE, String.valueOf(category))), Occur.FILTER);
        }
        anyOf(q, IndexFields.AGENCY, agencies);
        anyOf(q, IndexFields.YEAR, years.stream().map(String::valueOf).toList());
        return q.build();
    }

    private static void anyOf(BooleanQuery.Builder q, String field, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        BooleanQuery.Builder or = new BooleanQuery.Builder();
        for (String v : values) {
            or.add(new TermQuery(new Term(field, v)), Occur.SHOULD);
        }
        q.add(or.build(), Occur.FILTER);
    }

    private List<String> terms(String text) {
        return List.copyOf(new LinkedHashSet<>(QueryTerms.of(analyzer, IndexFields.TEXT, text)));
    }
}
