package org.klangru.solr;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.ShardParams;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.handler.component.ShardRequest;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.search.QParser;
import org.apache.solr.search.QParserPlugin;
import org.apache.solr.search.stats.StatsCache;
import org.apache.solr.search.stats.StatsUtil;
import org.apache.solr.search.stats.TermStats;
import org.klangru.analysis.AnalyzerChoice;
import org.klangru.analysis.Equivalent;
import org.klangru.analysis.EquivalentsFile;
import org.klangru.index.solr.QueryParams;
import org.klangru.search.SearchQueries;
import org.klangru.search.SearchRequest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * {@code q={!klangru}}: the Lucene query Klangru's own search builds ({@link SearchQueries}, on this shard's reader),
 * so that ranking is one piece of code for both backends. The request comes in parameters (local parameters win
 * over request parameters, so that {@code rqq={!klangru kl.part=full}} can share the request's query and filters):
 *
 * <ul>
 *   <li>{@value #Q}: the user's query text; absent or empty is browse mode;</li>
 *   <li>{@value #WORDS}: {@code all} (default) or {@code any};</li>
 *   <li>{@value #PART}: {@code full} (default), {@code matching} or {@code relevance};</li>
 *   <li>filters, each may repeat (values OR-ed, filters AND-ed): {@value #CATEGORY} (1–7), {@value #CODE},
 *       {@value #TYPE}, {@value #YEAR} (Buddhist era, 2400–2800), {@value #AGENCY}, {@value #SOURCE} (a value
 *       ending in {@code /} is a folder: every source under it);</li>
 *   <li>{@value #EQUIVALENTS}: {@code shard} (default: the learned equivalents of this shard's documents only) or
 *       {@code given}: exactly the {@value #EQUIVALENT} values ({@code <documents>:<equivalent term>}, may repeat),
 *       the whole collection's as the client counted them, so that every shard builds the same query as the
 *       embedded index would ({@link QueryParams});</li>
 *   <li>{@value #CORRECTIONS}: the text of Klangru's equivalents file (the KM officer's corrections), applied as the
 *       embedded search applies it.</li>
 * </ul>
 * A bad value, or an unknown {@code kl.} parameter, is a 400 that names it.
 */
public final class KlangruQParserPlugin extends QParserPlugin {
    public static final String NAME = QueryParams.PARSER;

    public static final String Q = QueryParams.Q;
    public static final String WORDS = QueryParams.WORDS;
    public static final String PART = QueryParams.PART;
    public static final String CATEGORY = QueryParams.CATEGORY;
    public static final String CODE = QueryParams.CODE;
    public static final String TYPE = QueryParams.TYPE;
    public static final String YEAR = QueryParams.YEAR;
    public static final String AGENCY = QueryParams.AGENCY;
    public static final String SOURCE = QueryParams.SOURCE;
    public static final String EQUIVALENTS = QueryParams.EQUIVALENTS;
    public static final String EQUIVALENT = QueryParams.EQUIVALENT;
    public static final String CORRECTIONS = QueryParams.CORRECTIONS;

    private static final String PREFIX = "kl.";
    private static final Set<String> KNOWN = Set.of(Q, WORDS, PART, CATEGORY, CODE, TYPE, YEAR, AGENCY, SOURCE, EQUIVALENTS,
            EQUIVALENT, CORRECTIONS);

    /** Which query builder: equivalents from the shard or given, and the corrections applied. */
    private record Key(boolean shard, EquivalentsFile corrections) {}

    private static final int MAX_QUERY_BUILDERS = 8;

    /**
     * One per core and kind of request (each caches the analyzer of its last equivalents table); built on first use,
     * as loading Klangru's dictionary and rules takes a moment.
     */
    private final Map<Key, SearchQueries> queries = new ConcurrentHashMap<>();

    @Override
    public QParser createParser(String qstr, SolrParams localParams, SolrParams params, SolrQueryRequest req) {
        return new QParser(qstr, localParams, params, req) {
            @Override
            public Query parse() {
                SolrParams p = SolrParams.wrapDefaults(localParams, params);
                SearchRequest request = request(p);
                SearchQueries.Words words = choice(p, WORDS, SearchQueries.Words.class, SearchQueries.Words.ALL);
                SearchQueries.Part part = choice(p, PART, SearchQueries.Part.class, SearchQueries.Part.FULL);
                try {
                    Map<Equivalent, Integer> learned = learned(p);
                    IndexReader reader = req.getSearcher().getIndexReader();
                    return queries(learned == null, corrections(p))
                            .build(request, words, reader, part, learned, statistics(req, reader));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    private SearchQueries queries(boolean shard, EquivalentsFile corrections) {
        Key key = new Key(shard, corrections);
        SearchQueries q = queries.get(key);
        if (q == null) {
            if (queries.size() >= MAX_QUERY_BUILDERS) {
                queries.clear(); // corrections change rarely: old builders are not worth keeping
            }
            q = queries.computeIfAbsent(key, k -> new SearchQueries(AnalyzerChoice.KLANGRU, k.corrections()));
        }
        return q;
    }

    /**
     * Which counts decide the common words ({@code search.CommonWords}): on a shard's statistics request, none yet
     * (every word is called common, so that the query builder asks about every candidate, and each asked term is
     * left for {@link KlangruStatsCache} to count over the collection); on the shard's search request that follows,
     * the collection's counts it brings; otherwise (one core, no sharding) the reader's own.
     */
    static SearchQueries.Statistics statistics(SolrQueryRequest req, IndexReader reader) {
        SolrParams p = req.getParams();
        if ((p.getInt(ShardParams.SHARDS_PURPOSE, 0) & ShardRequest.PURPOSE_GET_TERM_STATS) != 0) {
            Set<Term> asked = KlangruStatsCache.asked(req);
            return new SearchQueries.Statistics() {
                @Override
                public long passages() {
                    asked.add(KlangruStatsCache.PASSAGES);
                    return 0;
                }

                @Override
                public long docFreq(Term term) {
                    asked.add(term);
                    return Long.MAX_VALUE;
                }
            };
        }
        String global = p.get(StatsCache.TERM_STATS_KEY);
        if (global == null) {
            return null;
        }
        @SuppressWarnings("unchecked")
        Map<String, TermStats> stats = (Map<String, TermStats>) req.getContext().computeIfAbsent(GLOBAL_TERMS,
                k -> StatsUtil.termStatsMapFromString(global));
        return new SearchQueries.Statistics() {
            @Override
            public long passages() throws IOException {
                return docFreq(KlangruStatsCache.PASSAGES);
            }

            @Override
            public long docFreq(Term term) throws IOException {
                TermStats s = stats == null ? null : stats.get(term.toString());
                // a term no shard counted (none holds it, or it was not asked about): this shard's count
                return s != null ? s.docFreq : reader.docFreq(term);
            }
        };
    }

    /** The collection's term counts of this request, decoded once. */
    private static final String GLOBAL_TERMS = "klangru.stats.global";

    /** The corrections the request gives ({@value #CORRECTIONS}); none without. */
    static EquivalentsFile corrections(SolrParams p) {
        String text = p.get(CORRECTIONS);
        if (text == null || text.isBlank()) {
            return EquivalentsFile.NONE;
        }
        try {
            return EquivalentsFile.parse(CORRECTIONS, text);
        } catch (IllegalArgumentException e) {
            throw bad(CORRECTIONS, e.getMessage());
        }
    }

    /** The learned equivalents the request gives, or null to read the shard's own. */
    static Map<Equivalent, Integer> learned(SolrParams p) {
        String from = p.get(EQUIVALENTS, QueryParams.EQUIVALENTS_SHARD);
        String[] given = p.getParams(EQUIVALENT);
        if (QueryParams.EQUIVALENTS_SHARD.equals(from)) {
            if (given != null) {
                throw bad(EQUIVALENT, EQUIVALENT + " needs " + EQUIVALENTS + "=" + QueryParams.EQUIVALENTS_GIVEN);
            }
            return null;
        }
        if (!QueryParams.EQUIVALENTS_GIVEN.equals(from)) {
            throw bad(EQUIVALENTS, EQUIVALENTS + " must be " + QueryParams.EQUIVALENTS_SHARD + " or "
                    + QueryParams.EQUIVALENTS_GIVEN + ", got '" + from + "'");
        }
        Map<Equivalent, Integer> out = new HashMap<>();
        for (String v : given == null ? new String[0] : given) {
            int colon = v.indexOf(':');
            try {
                int documents = Integer.parseInt(v.substring(0, Math.max(colon, 0)));
                if (documents < 1) {
                    throw new IllegalArgumentException("fewer than one document");
                }
                out.merge(Equivalent.parse(v.substring(colon + 1)), documents, Integer::sum);
            } catch (IllegalArgumentException e) { // NumberFormatException too
                throw bad(EQUIVALENT, EQUIVALENT + " must be <documents>:<equivalent term>, got '" + v + "' ("
                        + e.getMessage() + ")");
            }
        }
        return out;
    }

    /** The request the parameters describe; a bad value is a 400 naming its parameter. */
    static SearchRequest request(SolrParams p) {
        for (Iterator<String> names = p.getParameterNamesIterator(); names.hasNext(); ) {
            String name = names.next();
            if (name.startsWith(PREFIX) && !KNOWN.contains(name)) {
                throw bad(name, "unknown parameter " + name + " (known: " + String.join(", ", KNOWN.stream().sorted().toList())
                        + ")");
            }
        }
        String[] q = p.getParams(Q);
        if (q != null && q.length > 1) {
            throw bad(Q, Q + " is given " + q.length + " times; give it once");
        }
        return new SearchRequest(q == null ? "" : q[0],
                values(p, CATEGORY, v -> integer(CATEGORY, v, 1, 7, "a PMQA category (หมวด) 1-7")),
                values(p, CODE, v -> text(CODE, v)),
                values(p, TYPE, v -> text(TYPE, v)),
                values(p, YEAR, v -> integer(YEAR, v, 2400, 2800, "a Buddhist-era year (พ.ศ.) 2400-2800")),
                values(p, AGENCY, v -> text(AGENCY, v)),
                values(p, SOURCE, v -> text(SOURCE, v)),
                SearchRequest.Order.RELEVANCE, 1, 10);
    }

    private static <T> List<T> values(SolrParams p, String name, Function<String, T> parse) {
        String[] raw = p.getParams(name);
        List<T> out = new ArrayList<>();
        if (raw != null) {
            for (String v : raw) {
                out.add(parse.apply(v));
            }
        }
        return out;
    }

    private static int integer(String name, String v, int min, int max, String what) {
        try {
            int i = Integer.parseInt(v.strip());
            if (i >= min && i <= max) {
                return i;
            }
        } catch (NumberFormatException e) {
            // reported below with the value
        }
        throw bad(name, name + " must be " + what + ", got '" + v + "'");
    }

    private static String text(String name, String v) {
        if (v == null || v.isBlank()) {
            throw bad(name, name + " must not be empty");
        }
        return v.strip();
    }

    private static <E extends Enum<E>> E choice(SolrParams p, String name, Class<E> type, E fallback) {
        String v = p.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, v.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> allowed = new ArrayList<>();
            for (E c : type.getEnumConstants()) {
                allowed.add(c.name().toLowerCase(Locale.ROOT));
            }
            throw bad(name, name + " must be one of " + String.join(", ", allowed) + ", got '" + v + "'");
        }
    }

    private static SolrException bad(String parameter, String message) {
        return new SolrException(SolrException.ErrorCode.BAD_REQUEST, message);
    }
}
