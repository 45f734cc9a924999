package org.klangru.search;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
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
 * Counts facet values over every matching passage, from the keyword fields' doc values: per segment by
 * ordinal (cheap), turned into strings once per segment.
 */
final class FacetCounts implements CollectorManager<FacetCounts.SegmentCounter, Map<String, Map<String, Integer>>> {

    static final List<String> FIELDS = List.of(
            IndexFields.CATEGORY, IndexFields.CODE, IndexFields.TYPE, IndexFields.YEAR, IndexFields.AGENCY);

    @Override
    public SegmentCounter newCollector() {
        return new SegmentCounter();
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
                    for (int i = 0; i < values.size(); i++) {
                        SortedSetDocValues dv = values.get(i);
                        if (dv.advanceExact(doc)) {
                            for (int k = 0; k < dv.docValueCount(); k++) {
                                counts.get(i)[(int) dv.nextOrd()]++;
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
