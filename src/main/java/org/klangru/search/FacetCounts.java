package org.klangru.search;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
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
 * {@link #SAMPLE} passages about that many, spread over the index, are read and the counts scaled to the total:
 * they are then estimates.
 */
final class FacetCounts implements CollectorManager<FacetCounts.SegmentCounter, Map<String, Map<String, Integer>>> {

    static final List<String> FIELDS = List.of(
            IndexFields.CATEGORY, IndexFields.CODE, IndexFields.TYPE, IndexFields.YEAR, IndexFields.AGENCY);
    /** Matches whose facet values are all read; beyond this, a sample of about this many. */
    static final long SAMPLE = 5_000;

    /** About how many matches {@link #sample} reads; 0 when every match is counted by the collector. */
    private final long sampleSize;

    private FacetCounts(long sampleSize) {
        this.sampleSize = sampleSize;
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
        return new FacetCounts(expected > sample ? sample : 0);
    }

    /** Whether the counts are estimates from a sample: then {@link #sample} gives them, not the collector. */
    boolean sampled() {
        return sampleSize > 0;
    }

    /** A collector counting every match exactly. */
    @Override
    public SegmentCounter newCollector() {
        return new SegmentCounter();
    }

    @Override
    public Map<String, Map<String, Integer>> reduce(Collection<SegmentCounter> collectors) throws IOException {
        Map<String, Map<String, Integer>> merged = emptyCounts();
        for (SegmentCounter c : collectors) {
            for (LeafCounts leaf : c.leaves) {
                leaf.addTo(merged, 1);
            }
        }
        return sortedCounts(merged);
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

    /**
     * Counts from about {@link #SAMPLE} matches spread over the index, without visiting the others: each leaf's
     * matches are read one every so many doc ids (the postings skip there), and the counts are scaled so that they
     * add up to {@code total}. Used instead of the collector when {@link #sampled()}, in a pass of its own, so that
     * ranking every match is not slowed by counting at each one.
     */
    Map<String, Map<String, Integer>> sample(IndexSearcher searcher, Query query, long total) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        int gap = (int) Math.max(1, searcher.getIndexReader().maxDoc() / Math.max(1, sampleSize));
        List<LeafCounts> leaves = new ArrayList<>();
        long samples = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
            DocIdSetIterator docs = twoPhase == null ? scorer.iterator() : twoPhase.approximation();
            LeafCounts counts = new LeafCounts(leaf);
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; ) {
                if (twoPhase == null || twoPhase.matches()) {
                    counts.add(doc, 1);
                    samples++;
                    if (doc > DocIdSetIterator.NO_MORE_DOCS - gap - 1) {
                        break;
                    }
                    doc = docs.advance(doc + gap);
                } else {
                    doc = docs.nextDoc();
                }
            }
            leaves.add(counts);
        }
        double scale = samples == 0 ? 0 : (double) total / samples;
        Map<String, Map<String, Integer>> merged = emptyCounts();
        for (LeafCounts c : leaves) {
            c.addTo(merged, scale);
        }
        return sortedCounts(merged);
    }

    private static Map<String, Map<String, Integer>> emptyCounts() {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        for (String f : FIELDS) {
            counts.put(f, new TreeMap<>());
        }
        return counts;
    }

    /** Each field's counts in the order answers show them (categories and years by value, the rest by count). */
    static Map<String, Map<String, Integer>> sortedCounts(Map<String, Map<String, Integer>> merged) {
        Map<String, Map<String, Integer>> sorted = new LinkedHashMap<>();
        merged.forEach((field, counts) -> sorted.put(field, byCountThenValue(field, counts)));
        return sorted;
    }

    /** One leaf's counts by ordinal, turned into values once at the end. */
    private static final class LeafCounts {
        private final List<SortedSetDocValues> values = new ArrayList<>();
        private final List<long[]> counts = new ArrayList<>();

        LeafCounts(LeafReaderContext context) throws IOException {
            for (String f : FIELDS) {
                SortedSetDocValues dv = DocValues.getSortedSet(context.reader(), f);
                values.add(dv);
                counts.add(new long[(int) Math.min(Integer.MAX_VALUE, dv.getValueCount())]);
            }
        }

        void add(int doc, int weight) throws IOException {
            for (int i = 0; i < values.size(); i++) {
                SortedSetDocValues dv = values.get(i);
                if (dv.advanceExact(doc)) {
                    for (int k = 0; k < dv.docValueCount(); k++) {
                        counts.get(i)[(int) dv.nextOrd()] += weight;
                    }
                }
            }
        }

        void addTo(Map<String, Map<String, Integer>> totals, double scale) throws IOException {
            for (int i = 0; i < values.size(); i++) {
                Map<String, Integer> target = totals.get(FIELDS.get(i));
                long[] c = counts.get(i);
                for (int ord = 0; ord < c.length; ord++) {
                    if (c[ord] > 0) {
                        int n = (int) Math.max(1, Math.round(c[ord] * scale));
                        target.merge(values.get(i).lookupOrd(ord).utf8ToString(), n, Integer::sum);
                    }
                }
            }
        }
    }

    static final class SegmentCounter implements Collector {
        private final List<LeafCounts> leaves = new ArrayList<>();

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            LeafCounts counts = new LeafCounts(context);
            leaves.add(counts);
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {}

                @Override
                public void collect(int doc) throws IOException {
                    counts.add(doc, 1);
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
