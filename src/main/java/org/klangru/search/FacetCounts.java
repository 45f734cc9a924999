package org.klangru.search;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.klangru.index.IndexFields;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts facet values over the matching passages, from the keyword fields' doc values: per segment by ordinal
 * (cheap), turned into strings once per segment. Reading five doc-value fields for each of a few hundred
 * thousand matches costs about as much as ranking them, so for a query expected to match more than
 * {@link #SAMPLE} passages only every n-th match is read, and counted n times: the counts are then estimates.
 */
final class FacetCounts implements CollectorManager<FacetCounts.SegmentCounter, Map<String, Map<String, Integer>>> {

    static final List<String> FIELDS = List.of(
            IndexFields.CATEGORY, IndexFields.CODE, IndexFields.TYPE, IndexFields.YEAR, IndexFields.AGENCY);
    /** Matches whose facet values are all read; beyond this, a sample of about this many. */
    static final long SAMPLE = 20_000;

    private final int stride;

    private FacetCounts(int stride) {
        this.stride = stride;
    }

    /**
     * Counts for the matches of {@code query}, sampled when its cost estimate (an upper bound of its matches,
     * exact for a single word) is over {@code sample} ({@link #SAMPLE} unless a test says otherwise).
     */
    static FacetCounts forQuery(IndexSearcher searcher, Query query) throws IOException {
        return forQuery(searcher, query, SAMPLE);
    }

    static FacetCounts forQuery(IndexSearcher searcher, Query query, long sample) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        long expected = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            ScorerSupplier supplier = weight.scorerSupplier(leaf);
            expected += supplier == null ? 0 : supplier.cost();
        }
        return new FacetCounts((int) Math.min(Integer.MAX_VALUE, Math.max(1, expected / sample)));
    }

    /** Whether the counts are estimates from a sample. */
    boolean sampled() {
        return stride > 1;
    }

    @Override
    public SegmentCounter newCollector() {
        return new SegmentCounter(stride);
    }

    @Override
    public Map<String, Map<String, Integer>> reduce(Collection<SegmentCounter> collectors) {
        Map<String, Map<String, Integer>> merged = new LinkedHashMap<>();
        for (String f : FIELDS) {
            merged.put(f, new TreeMap<>());
        }
        for (SegmentCounter c : collectors) {
            c.totals.forEach((field, counts) -> counts.forEach((v, n) -> merged.get(field).merge(v, n, Integer::sum)));
        }
        Map<String, Map<String, Integer>> sorted = new LinkedHashMap<>();
        merged.forEach((field, counts) -> sorted.put(field, byCountThenValue(field, counts)));
        return sorted;
    }

    /** Categories and years read best in their natural order; the rest by count. */
    private static Map<String, Integer> byCountThenValue(String field, Map<String, Integer> counts) {
        if (field.equals(IndexFields.CATEGORY) || field.equals(IndexFields.YEAR)) {
            return counts;
        }
        Map<String, Integer> out = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    static final class SegmentCounter implements Collector {
        private final Map<String, Map<String, Integer>> totals = new LinkedHashMap<>();
        private final int stride;
        private long seen;

        SegmentCounter(int stride) {
            this.stride = stride;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            List<SortedSetDocValues> values = new ArrayList<>();
            List<int[]> counts = new ArrayList<>();
            for (String f : FIELDS) {
                SortedSetDocValues dv = DocValues.getSortedSet(context.reader(), f);
                values.add(dv);
                counts.add(new int[(int) Math.min(Integer.MAX_VALUE, dv.getValueCount())]);
            }
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {}

                @Override
                public void collect(int doc) throws IOException {
                    if (seen++ % stride != 0) {
                        return;
                    }
                    for (int i = 0; i < values.size(); i++) {
                        SortedSetDocValues dv = values.get(i);
                        if (dv.advanceExact(doc)) {
                            for (int k = 0; k < dv.docValueCount(); k++) {
                                counts.get(i)[(int) dv.nextOrd()] += stride;
                            }
                        }
                    }
                }

                @Override
                public void finish() throws IOException {
                    for (int i = 0; i < values.size(); i++) {
                        Map<String, Integer> target = totals.computeIfAbsent(FIELDS.get(i), k -> new TreeMap<>());
                        int[] c = counts.get(i);
                        for (int ord = 0; ord < c.length; ord++) {
                            if (c[ord] > 0) {
                                target.merge(values.get(i).lookupOrd(ord).utf8ToString(), c[ord], Integer::sum);
                            }
                        }
                    }
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
