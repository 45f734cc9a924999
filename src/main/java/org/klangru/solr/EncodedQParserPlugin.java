package org.klangru.solr;

import org.apache.lucene.search.Query;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.search.QParser;
import org.apache.solr.search.QParserPlugin;
import org.klangru.index.solr.QueryCodec;
import org.klangru.index.solr.QueryParams;

/**
 * The {@code klangru_query} parser: runs a Lucene query that Klangru built and encoded ({@link QueryCodec}) as it
 * is, so that the record reads of the SolrCloud backend (document lists, evidence, similar passages, change
 * detection) ask Solr exactly what they ask the embedded index.
 */
public final class EncodedQParserPlugin extends QParserPlugin {
    public static final String NAME = QueryParams.ENCODED_PARSER;

    @Override
    public QParser createParser(String qstr, SolrParams localParams, SolrParams params, SolrQueryRequest req) {
        return new QParser(qstr, localParams, params, req) {
            @Override
            public Query parse() {
                if (qstr == null || qstr.isBlank()) {
                    throw new SolrException(SolrException.ErrorCode.BAD_REQUEST,
                            NAME + ": no query (send it in " + QueryParams.ENCODED + ")");
                }
                try {
                    return QueryCodec.decode(qstr);
                } catch (IllegalArgumentException e) {
                    throw new SolrException(SolrException.ErrorCode.BAD_REQUEST, NAME + ": " + e.getMessage(), e);
                }
            }
        };
    }
}
