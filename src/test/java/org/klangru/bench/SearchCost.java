package org.klangru.bench;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.klangru.index.IndexStore;
import org.klangru.search.SearchRequest;
import org.klangru.search.SnippetSearcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The cost of searches that were never asked before, in this JVM on one thread, over an existing index: each
 * distinct query of the benchmark's mix once through {@link SnippetSearcher} (a new one each round, so that its
 * result cache never answers), median and p99. The HTTP benchmark measures the mix as it comes, repeats included.
 * Run: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.klangru.bench.SearchCost -Dexec.args="INDEX [N|QUERY_FILE] [SAVE_TO]"}
 */
public final class SearchCost {
    public static void main(String[] args) throws Exception {
        try (IndexStore store = IndexStore.openReadOnly(Path.of(args[0]))) {
            String which = args.length > 1 ? args[1] : "300";
            // a number: that many queries of the benchmark's mix; otherwise a file of queries, one per line
            List<String> queries = (which.matches("\\d+")
                    ? BenchmarkMain.queries(store, Integer.parseInt(which), 42)
                    : Files.readAllLines(Path.of(which))).stream().filter(q -> !q.isBlank()).distinct().toList();
            for (int round = 0; round < 3; round++) {
                SnippetSearcher searcher = new SnippetSearcher(store);
                long[] took = new long[queries.size()];
                long[] slowest = new long[queries.size()];
                long totals = 0;
                for (int i = 0; i < queries.size(); i++) {
                    long t0 = System.nanoTime();
                    totals += searcher.search(SearchRequest.of(queries.get(i))).total();
                    took[i] = System.nanoTime() - t0;
                    slowest[i] = took[i];
                }
                Arrays.sort(took);
                System.out.printf("round %d: median %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms, mean total %d%n", round,
                        took[took.length / 2] / 1e6, took[took.length * 9 / 10] / 1e6, took[took.length * 99 / 100] / 1e6,
                        took[took.length - 1] / 1e6, totals / queries.size());
                if (round == 2) {
                    Integer[] order = new Integer[queries.size()];
                    Arrays.setAll(order, i -> i);
                    Arrays.sort(order, (x, y) -> Long.compare(slowest[y], slowest[x]));
                    for (int k = 0; k < Math.min(8, order.length); k++) {
                        System.out.printf("  %.1f ms  %s%n", slowest[order[k]] / 1e6, queries.get(order[k]));
                    }
                }
            }
            if (args.length > 2) {
                Files.write(Path.of(args[2]), queries); // the list, to ask another index the same queries
            }
        }
    }
}
