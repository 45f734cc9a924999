package org.klangru.cli;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.klangru.api.CorpusLocation;
import org.klangru.index.PassageIndex;
import org.klangru.ingest.IngestReport;
import org.klangru.ingest.IngestRunner;
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

    @Option(names = "--watch", description = "เฝ้าดูโฟลเดอร์เอกสาร แล้วนำเข้าไฟล์ที่เพิ่ม แก้ หรือลบ โดยไม่ต้องเริ่มใหม่ "
            + "(watch the corpus folder and ingest what changes, without a restart)")
    boolean watch;

    PrintStream out = System.out;

    @Override
    public Integer call() throws Exception {
        Map<String, Object> extra = new HashMap<>();
        if (port != null) {
            extra.put("micronaut.server.port", port);
        }
        if (watch) {
            extra.put("klangru.ingest.watch", true);
        }
        ApplicationContext ctx = options.start(extra);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            ctx.close();
            stopped.countDown();
        }, "klangru-shutdown"));

        PassageIndex store = ctx.getBean(PassageIndex.class);
        Path corpus = ctx.getBean(CorpusLocation.class).path();
        if (Files.isDirectory(corpus)) {
            // before listening: whoever waits for /api/health must find the whole corpus indexed; later runs
            // (re-index, watched folder) go in the background
            IngestReport report = ctx.getBean(IngestRunner.class).runNow(new ProgressPrinter(System.err, System.console() != null));
            out.println("คลังเอกสาร (corpus): " + corpus.toAbsolutePath().normalize());
            out.print(report.summary());
        } else {
            out.println("ไม่พบโฟลเดอร์เอกสาร " + corpus + " — ให้บริการจากดัชนีที่มีอยู่ (corpus folder not found; serving the existing index)");
        }
        EmbeddedServer server = ctx.getBean(EmbeddedServer.class).start();
        out.println("Klangru พร้อมให้บริการที่ (listening on) http://localhost:" + server.getPort() + "/");
        out.println("ดัชนี (index): " + store.location());
        out.flush();
        stopped.await();
        return 0;
    }
}
