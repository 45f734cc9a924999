package org.klangru.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Lucene's query builder with each place of the token graph scored once: a domain term and its parts
 * ("ศึกษาดูงาน", "ศึกษา ดู งาน") or a word and its synonym are ways of writing one thing, so a passage scores the
 * best of them, not their sum. Summed, the index's stacked term and parts made one compound word of a query weigh
 * three or four plain words ("ศึกษาดูงาน สิงคโปร์ PM 2.5" ranked any study visit above the one to Singapore).
 */
class ConceptQueries extends org.apache.lucene.util.QueryBuilder {
    ConceptQueries(Analyzer analyzer) {
        super(analyzer);
    }

    @Override
    protected Query newGraphSynonymQuery(Iterator<Query> paths) {
        List<Query> each = new ArrayList<>();
        paths.forEachRemaining(each::add);
        return each.size() == 1 ? each.get(0) : new DisjunctionMaxQuery(each, 0f);
    }
}
