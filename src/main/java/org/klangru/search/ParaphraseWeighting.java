package org.klangru.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.klangru.analysis.KlangruAnalysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Builds word queries from an analyzer that adds near equivalents ("บุคลากร" beside "เจ้าหน้าที่") as further
 * paths, and weighs every path or synonym term the query as typed does not have by {@code weight}: a passage with
 * the equivalent is found, below the same passage with the word typed. One instance per query.
 */
final class ParaphraseWeighting extends ConceptQueries {
    private final Set<String> typed;
    private final float weight;

    /** @param typed the query's terms without equivalents: what the query analyzer alone makes of it */
    ParaphraseWeighting(Analyzer withEquivalents, Set<String> typed, float weight) {
        super(withEquivalents);
        this.typed = typed;
        this.weight = weight;
    }

    @Override
    protected Query newSynonymQuery(String field, TermAndBoost[] terms) {
        TermAndBoost[] weighed = new TermAndBoost[terms.length];
        for (int i = 0; i < terms.length; i++) {
            TermAndBoost t = terms[i];
            weighed[i] = typed.contains(t.term.utf8ToString()) ? t : new TermAndBoost(t.term, t.boost * weight);
        }
        return super.newSynonymQuery(field, weighed);
    }

    /**
     * The typed paths (a domain term and its parts) as one concept, scored once; each equivalent path, weighed lower,
     * adds to it, as a passage with both the typed word and its equivalent is surer than one with either.
     */
    @Override
    protected Query newGraphSynonymQuery(Iterator<Query> paths) {
        List<Query> typedPaths = new ArrayList<>();
        List<Query> equivalents = new ArrayList<>();
        paths.forEachRemaining(path -> {
            if (typedOnly(path)) {
                typedPaths.add(path);
            } else {
                equivalents.add(new BoostQuery(asWritten(path), weight));
            }
        });
        if (equivalents.isEmpty()) {
            return super.newGraphSynonymQuery(typedPaths.iterator());
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        if (!typedPaths.isEmpty()) {
            q.add(super.newGraphSynonymQuery(typedPaths.iterator()), BooleanClause.Occur.SHOULD);
        }
        equivalents.forEach(e -> q.add(e, BooleanClause.Occur.SHOULD));
        return q.build();
    }

    /** An equivalent of several words ("ผู้ปฏิบัติงาน") as a phrase: not three common words anywhere in a passage. */
    private static Query asWritten(Query path) {
        if (!(path instanceof BooleanQuery words)) {
            return path;
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        int position = 0;
        for (BooleanClause c : words.clauses()) {
            if (c.getOccur() != BooleanClause.Occur.MUST || !(c.getQuery() instanceof TermQuery t)) {
                return path;
            }
            phrase.add(t.getTerm(), position);
            position += KlangruAnalysis.positions(t.getTerm().text());
        }
        return phrase.build();
    }

    private boolean typedOnly(Query path) {
        Set<Term> terms = new HashSet<>();
        path.visit(QueryVisitor.termCollector(terms));
        return terms.stream().allMatch(t -> typed.contains(t.text()));
    }
}
