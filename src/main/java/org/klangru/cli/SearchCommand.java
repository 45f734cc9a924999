package org.klangru.cli;

import io.micronaut.context.ApplicationContext;
import org.klangru.index.IndexConfig;
import org.klangru.index.IndexStore;
import org.klangru.search.SearchHit;
import org.klangru.search.SearchRequest;
import org.klangru.search.SearchResult;
import org.klangru.search.PassageSearch;
import org.klangru.search.SnippetSearcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code klangru search}: the best passages for a query, on the terminal. Reads the index without locking it. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "ค้นหาข้อความย่อยที่ตรงกับคำค้น (search passages)")
final class SearchCommand implements Callable<Integer> {
    @Mixin
    ContextOptions options = new ContextOptions();

    @Parameters(index = "0", arity = "0..1", paramLabel = "คำค้น", description = "คำค้น (query; may be empty with --category or --code)")
    String query = "";

    @Option(names = "--category", paramLabel = "N", description = "หมวด 1–7 (PMQA category)")
    List<Integer> categories = List.of();

    @Option(names = "--code", paramLabel = "CODE", description = "รหัสกิจกรรม เช่น CS1 (activity code)")
    List<String> codes = List.of();

    @Option(names = "--size", paramLabel = "N", description = "จำนวนผลลัพธ์ (number of hits; default ${DEFAULT-VALUE})")
    int size = 10;

    PrintStream out = System.out;
    PrintStream err = System.err;

    @Override
    public Integer call() throws Exception {
        for (int c : categories) {
            if (c < 1 || c > 7) {
                err.println("หมวดต้องเป็นเลข 1–7 (category must be 1-7): " + c);
                return 2;
            }
        }
        if (size < 1 || size > SearchRequest.MAX_SIZE) {
            err.println("--size ต้องอยู่ระหว่าง 1–" + SearchRequest.MAX_SIZE);
            return 2;
        }
        if ((query == null || query.isBlank()) && categories.isEmpty() && codes.isEmpty()) {
            err.println("กรุณาระบุคำค้น หรือ --category หรือ --code (give a query, --category or --code)");
            return 2;
        }
        List<String> normalisedCodes = codes.stream().map(c -> c.replaceAll("\\s+", "").toUpperCase()).toList();
        SearchRequest request = new SearchRequest(query, categories, normalisedCodes, List.of(), List.of(), List.of(),
                List.of(), SearchRequest.Order.RELEVANCE, 1, size);
        IndexConfig config;
        try (ApplicationContext ctx = options.start(Map.of())) {
            config = ctx.getBean(IndexConfig.class);
            if (config.getBackend() == IndexConfig.Backend.SOLRCLOUD) {
                // a cluster has no writer lock to respect: the configured backend answers, as the server's would
                print(ctx.getBean(PassageSearch.class).search(request));
                return 0;
            }
        }
        if (!IndexStore.exists(config.getDir())) {
            err.println("ไม่พบดัชนีที่ " + config.getDir() + " — สั่ง ./klangru index ก่อน (no index; run ./klangru index first)");
            return 2;
        }
        try (IndexStore store = IndexStore.openReadOnly(config.getDir())) {
            print(new SnippetSearcher(store).search(request));
        }
        return 0;
    }

    private void print(SearchResult result) {
        out.printf("พบ %d ข้อความย่อย (%d passages) ใน %d ms%n", result.total(), result.total(), result.tookMs());
        int rank = 1;
        for (SearchHit h : result.hits()) {
            StringBuilder labels = new StringBuilder();
            h.categories().forEach(c -> labels.append("หมวด ").append(c).append(' '));
            h.codes().forEach(c -> labels.append(c).append(' '));
            out.printf("%n%d. %s — %s%s%n", rank++, h.title(), h.source(),
                    labels.length() == 0 ? "" : "  [" + labels.toString().strip() + "]");
            out.println("   " + h.highlight().replace("<mark>", "«").replace("</mark>", "»")
                    .replace("&quot;", "\"").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                    .replace("&#x27;", "'").replace("&#x2F;", "/"));
        }
    }
}
