package org.klangru.cli;

import io.micronaut.context.ApplicationContext;
import org.klangru.ingest.IngestConfig;
import org.klangru.ingest.IngestReport;
import org.klangru.ingest.Ingestor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.PrintStream;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code klangru index}: brings the index in line with the corpus folder and prints a report. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "นำเอกสารทุกไฟล์ในโฟลเดอร์เข้าดัชนี แล้วพิมพ์รายงาน (ingest every file under the corpus folder and print a report)")
final class IndexCommand implements Callable<Integer> {
    @Mixin
    ContextOptions options = new ContextOptions();

    PrintStream out = System.out;
    PrintStream err = System.err;

    @Override
    public Integer call() throws Exception {
        try (ApplicationContext ctx = options.start(Map.of())) {
            IngestConfig config = ctx.getBean(IngestConfig.class);
            if (!Files.isDirectory(config.getCorpus())) {
                err.println("ไม่พบโฟลเดอร์เอกสาร (corpus folder not found): " + config.getCorpus());
                return 2;
            }
            IngestReport report = ctx.getBean(Ingestor.class).ingest(config.getCorpus(),
                    new ProgressPrinter(err, System.console() != null));
            out.print(report.summary());
            return 0;
        }
    }
}
