package org.klangru.solr;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.CommonParams;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.handler.component.ResponseBuilder;
import org.apache.solr.search.QParser;
import org.apache.solr.search.QueryParsing;
import org.apache.solr.search.ReRankQParserPlugin;
import org.apache.solr.search.SolrIndexSearcher;
import org.apache.solr.search.SyntaxError;
import org.apache.solr.search.stats.ExactStatsCache;

/**
 * Solr's {@link ExactStatsCache} (the whole collection's term and field statistics, so that a 2-shard collection
 * scores as one embedded index), extended to the re-rank query: Solr collects statistics for the main query's terms
 * only, so the terms that only {@code rq={!rerank reRankQuery=…}} uses (Klangru's title words, the phrases of the
 * full query) were scored with one shard's statistics, and the re-ranked scores differed from the embedded index's
 * by a few hundredths (measured in SolrQueryParserTest).
 */
public class RerankExactStatsCache extends ExactStatsCache {
    @Override
    protected void doReturnLocalStats(ResponseBuilder rb, SolrIndexSearcher searcher) {
        Query main = rb.getQuery();
        Query rerank = rerankQuery(rb);
        if (main == null || rerank == null) {
            super.doReturnLocalStats(rb, searcher);
            return;
        }
        // both queries' terms, for statistics only: this query is never run
        rb.setQuery(new BooleanQuery.Builder().add(main, BooleanClause.Occur.SHOULD)
                .add(rerank, BooleanClause.Occur.SHOULD).build());
        try {
            super.doReturnLocalStats(rb, searcher);
        } finally {
            rb.setQuery(main);
        }
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
