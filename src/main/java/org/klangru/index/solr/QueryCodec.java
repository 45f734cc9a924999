package org.klangru.index.solr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A Lucene query as JSON and back, so that a query Klangru builds runs unchanged inside Solr (the plugin's
 * {@code klangru_query} parser decodes it): the same {@link Query} object on both sides, not a translation into
 * Solr's syntax. Covers the queries Klangru's record reads use; any other is refused, not approximated.
 */
public final class QueryCodec {
    private static final ObjectMapper JSON = new ObjectMapper();

    private QueryCodec() {}

    public static String encode(Query query) {
        return write(query).toString();
    }

    public static Query decode(String json) {
        try {
            return read(JSON.readTree(json));
        } catch (IOException e) {
            throw new IllegalArgumentException("not a query in Klangru's JSON form: " + e.getMessage(), e);
        }
    }

    private static ObjectNode write(Query q) {
        ObjectNode n = JSON.createObjectNode();
        if (q instanceof TermQuery t) {
            n.put("term", t.getTerm().field()).put("value", t.getTerm().text());
        } else if (q instanceof PrefixQuery p) {
            n.put("prefix", p.getPrefix().field()).put("value", p.getPrefix().text());
        } else if (q instanceof BooleanQuery b) {
            ArrayNode clauses = n.putArray("bool");
            for (BooleanClause c : b.clauses()) {
                clauses.addObject().put("occur", c.getOccur().name()).set("query", write(c.getQuery()));
            }
            n.put("minShouldMatch", b.getMinimumNumberShouldMatch());
        } else if (q instanceof BoostQuery b) {
            n.put("boost", b.getBoost()).set("query", write(b.getQuery()));
        } else if (q instanceof ConstantScoreQuery c) {
            n.set("constant", write(c.getQuery()));
        } else if (q instanceof DisjunctionMaxQuery d) {
            ArrayNode parts = n.putArray("dismax");
            d.getDisjuncts().forEach(x -> parts.add(write(x)));
            n.put("tie", d.getTieBreakerMultiplier());
        } else if (q instanceof PhraseQuery p) {
            n.put("phrase", p.getField()).put("slop", p.getSlop());
            ArrayNode terms = n.putArray("terms");
            Term[] ts = p.getTerms();
            int[] positions = p.getPositions();
            for (int i = 0; i < ts.length; i++) {
                terms.addObject().put("value", ts[i].text()).put("position", positions[i]);
            }
        } else if (q instanceof MatchAllDocsQuery) {
            n.put("all", true);
        } else if (q instanceof MatchNoDocsQuery) {
            n.put("none", true);
        } else {
            throw new IllegalArgumentException("no JSON form for " + q.getClass().getSimpleName() + ": " + q);
        }
        return n;
    }

    private static Query read(JsonNode n) {
        if (n.has("term")) {
            return new TermQuery(new Term(n.get("term").asText(), n.get("value").asText()));
        }
        if (n.has("prefix")) {
            return new PrefixQuery(new Term(n.get("prefix").asText(), n.get("value").asText()));
        }
        if (n.has("bool")) {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            for (JsonNode c : n.get("bool")) {
                b.add(read(c.get("query")), BooleanClause.Occur.valueOf(c.get("occur").asText()));
            }
            return b.setMinimumNumberShouldMatch(n.path("minShouldMatch").asInt(0)).build();
        }
        if (n.has("boost")) {
            return new BoostQuery(read(n.get("query")), (float) n.get("boost").asDouble());
        }
        if (n.has("constant")) {
            return new ConstantScoreQuery(read(n.get("constant")));
        }
        if (n.has("dismax")) {
            List<Query> parts = new ArrayList<>();
            n.get("dismax").forEach(x -> parts.add(read(x)));
            return new DisjunctionMaxQuery(parts, (float) n.path("tie").asDouble(0));
        }
        if (n.has("phrase")) {
            PhraseQuery.Builder p = new PhraseQuery.Builder().setSlop(n.path("slop").asInt(0));
            String field = n.get("phrase").asText();
            n.get("terms").forEach(t -> p.add(new Term(field, t.get("value").asText()), t.get("position").asInt()));
            return p.build();
        }
        if (n.has("all")) {
            return new MatchAllDocsQuery();
        }
        if (n.has("none")) {
            return new MatchNoDocsQuery();
        }
        throw new IllegalArgumentException("unknown query in Klangru's JSON form: " + n);
    }
}
