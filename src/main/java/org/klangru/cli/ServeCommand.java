package org.klangru.cli;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.klangru.api.IngestStatus;
import org.klangru.index.IndexFields;
import org.klangru.index.IndexStore;
import org.klangru.ingest.IngestConfig;
import org.klangru.ingest.IngestReport;
import org.klangru.ingest.Ingestor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code klangru serve}: brings the index up to date with the corpus (only changed files are read), then
 * serves the API until the process is stopped.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "ปรับดัชนีให้ตรงกับโฟลเดอร์เอกสาร แล้วเปิดบริการเว็บและ API (index the corpus if needed, then serve)")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    ContextOptions options = new ContextOptions();

    @Option(names = "--port", paramLabel = "N", description = "พอร์ต HTTP (HTTP port; default 8080)")
    Integer port;

    PrintStream out = System.out;

    @Override
    public Integer call() throws Exception {
        Map<String, Object> extra = new HashMap<>();
        if (port != null) {
            extra.put("micronaut.server.port", port);
        }
        ApplicationContext ctx = options.start(extra);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            ctx.close();
            stopped.countDown();
        }, "klangru-shutdown"));

        IndexStore store = ctx.getBean(IndexStore.class);
        Path corpus = corpusToServe(ctx, store);
        if (Files.isDirectory(corpus)) {
            IngestReport report = ctx.getBean(Ingestor.class).ingest(corpus, new ProgressPrinter(System.err, System.console() != null));
            ctx.getBean(IngestStatus.class).record(report);
            out.println("คลังเอกสาร (corpus): " + corpus.toAbsolutePath().normalize());
            out.print(report.summary());
        } else {
            out.println("ไม่พบโฟลเดอร์เอกสาร " + corpus + " — ให้บริการจากดัชนีที่มีอยู่ (corpus folder not found; serving the existing index)");
        }
        EmbeddedServer server = ctx.getBean(EmbeddedServer.class).start();
        out.println("Klangru พร้อมให้บริการที่ (listening on) http://localhost:" + server.getPort() + "/");
        out.println("ดัชนี (index): " + store.dir().toAbsolutePath().normalize());
        out.flush();
        stopped.await();
        return 0;
    }

    /**
     * The corpus named by flag, environment or configuration; otherwise the one this index was built from
     * (so that {@code serve --index X} keeps serving what {@code index --corpus C --index X} built);
     * otherwise the default {@code corpus/}.
     */
    private static Path corpusToServe(ApplicationContext ctx, IndexStore store) {
        IngestConfig config = ctx.getBean(IngestConfig.class);
        if (ctx.getProperty("klangru.ingest.corpus", String.class).isPresent()) {
            return config.getCorpus();
        }
        String recorded = store.userData().get(IndexFields.COMMIT_CORPUS);
        if (recorded != null && Files.isDirectory(Path.of(recorded))) {
            return Path.of(recorded);
        }
        return config.getCorpus();
    }
}
