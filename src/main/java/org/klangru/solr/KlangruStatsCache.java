package org.klangru.solr;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.CommonParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.handler.component.ResponseBuilder;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.search.QParser;
import org.apache.solr.search.QueryParsing;
import org.apache.solr.search.ReRankQParserPlugin;
import org.apache.solr.search.SolrIndexSearcher;
import org.apache.solr.search.SyntaxError;
import org.apache.solr.search.stats.ExactStatsCache;
import org.apache.solr.search.stats.StatsUtil;
import org.klangru.index.IndexFields;

import java.util.HashSet;
import java.util.Set;

/**
 * Solr's {@link ExactStatsCache} (the whole collection's term and field statistics, so that a sharded collection
 * scores as one embedded index), collecting statistics for more terms than the main query's:
 *
 * <ul>
 *   <li>the terms of the re-rank query ({@code rq={!rerank reRankQuery=…}}): Solr collects the main query's only, so
 *       terms that only the re-rank query has (Klangru's title words) were scored with one shard's statistics, and
 *       the re-ranked scores differed from the embedded index's by a few hundredths (SolrQueryParserTest);</li>
 *   <li>every term the {@code klangru} parser asked about to decide which words are too common to make a hit alone,
 *       and the number of passages: then each shard decides that on the whole collection's counts, as the embedded
 *       index does, not on its own part ({@link KlangruQParserPlugin}).</li>
 * </ul>
 */
public class KlangruStatsCache extends ExactStatsCache {
    /** Where the parser leaves, in the request's context, the terms whose collection-wide counts it needs. */
    static final String ASKED_TERMS = "klangru.stats.asked";

    /** The term counting passages. */
    static final Term PASSAGES = new Term(IndexFields.KIND, IndexFields.KIND_PASSAGE);

    @Override
    protected void doReturnLocalStats(ResponseBuilder rb, SolrIndexSearcher searcher) {
        Query rerank = rerankQuery(rb); // parsed first: parsing it asks about its terms too
        Set<Term> more = new HashSet<>(asked(rb.req));
        more.add(PASSAGES);
        if (rerank != null) {
            rerank.visit(QueryVisitor.termCollector(more));
        }
        SolrParams original = rb.req.getParams();
        more.addAll(StatsUtil.termsFromEncodedString(original.get(TERMS_KEY)));
        // ExactStatsCache collects the statistics of the terms it is given under TERMS_KEY, one TermQuery each
        ModifiableSolrParams with = new ModifiableSolrParams(original);
        with.set(TERMS_KEY, StatsUtil.termsToEncodedString(more));
        rb.req.setParams(with);
        try {
            super.doReturnLocalStats(rb, searcher);
        } finally {
            rb.req.setParams(original);
        }
    }

    /** The terms the parser asked about in this request (the shard's statistics phase). */
    @SuppressWarnings("unchecked")
    static Set<Term> asked(SolrQueryRequest req) {
        return (Set<Term>) req.getContext().computeIfAbsent(ASKED_TERMS, k -> new HashSet<Term>());
    }

    /** The {@code reRankQuery} of a {@code rq={!rerank …}} request, parsed; null without one. */
    private static Query rerankQuery(ResponseBuilder rb) {
        SolrParams params = rb.req.getParams();
        String rq = params.get(CommonParams.RQ);
        if (rq == null) {
            return null;
        }
        try {
            SolrParams local = QueryParsing.getLocalParams(rq, params);
            String reRank = local == null ? null : local.get(ReRankQParserPlugin.RERANK_QUERY);
            return reRank == null ? null : QParser.getParser(reRank, rb.req).getQuery();
        } catch (SyntaxError e) {
            throw new SolrException(SolrException.ErrorCode.BAD_REQUEST, e);
        }
    }
}
