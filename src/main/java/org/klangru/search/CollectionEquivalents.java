package org.klangru.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.klangru.analysis.AnalyzerChoice;
import org.klangru.analysis.Equivalent;
import org.klangru.analysis.EquivalentsFile;
import org.klangru.index.LearnedEquivalents;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The equivalents of the index a searcher sees, and the query analyzer that uses them: read again when the index
 * changes (one pass over the equivalence terms of the document records, not over passages), the analyzer built
 * again only when the pairs a query uses have changed. Thread-safe.
 */
final class CollectionEquivalents {
    /** What one state of the index gives a query. */
    record Current(EquivalentTable table, Analyzer analyzer, Analyzer without) {
        /**
         * The analyzer for a query: without the collection's equivalents when the query already has both sides of
         * one ("รายงานผลการดำเนินการ Application Report"): there is nothing to add, and the alternative paths would
         * only loosen the words typed.
         */
        Analyzer forQuery(String query) {
            return table.bothSidesIn(query) ? without : analyzer;
        }
    }

    private final AnalyzerChoice analysis;
    private final EquivalentsFile file;
    private final Analyzer without;
    private Object readerKey;
    private Map<Equivalent, Integer> given;
    private List<Map.Entry<String, String>> pairs;
    private Current current;

    CollectionEquivalents(AnalyzerChoice analysis, EquivalentsFile file) {
        this.analysis = analysis;
        this.file = file;
        this.without = analysis.paraphraseAnalyzer().orElse(null);
    }

    synchronized Current of(IndexReader reader) throws IOException {
        Object key = reader.getReaderCacheHelper() == null ? reader : reader.getReaderCacheHelper().getKey();
        if (current != null && key == readerKey) {
            return current;
        }
        Current c = from(LearnedEquivalents.read(reader));
        readerKey = key;
        return c;
    }

    /**
     * The same from equivalents counted elsewhere ({@link LearnedEquivalents#read}'s map, over a whole collection
     * that one reader does not hold: a SolrCloud shard has only its own documents' definitions).
     */
    synchronized Current of(Map<Equivalent, Integer> learned) {
        if (current != null && readerKey == null && learned.equals(given)) {
            return current;
        }
        Current c = from(learned);
        readerKey = null;
        given = Map.copyOf(learned);
        return c;
    }

    private Current from(Map<Equivalent, Integer> learned) {
        EquivalentTable table = EquivalentTable.of(learned, file);
        List<Map.Entry<String, String>> used = table.usedPairs();
        Analyzer analyzer = current != null && used.equals(pairs) ? current.analyzer()
                : analysis.paraphraseAnalyzer(used).orElse(null);
        pairs = used;
        current = new Current(table, analyzer, without);
        return current;
    }
}
