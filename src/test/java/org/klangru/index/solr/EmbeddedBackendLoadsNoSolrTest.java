package org.klangru.index.solr;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.klangru.cli.KlangruMain;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With the default embedded backend, a whole indexing run (the application context, ingest, the index) loads no
 * Solr class: the JVM's own class-loading log of a real {@code klangru index} run says so.
 */
class EmbeddedBackendLoadsNoSolrTest {

    @Test
    void indexingWithTheEmbeddedBackendLoadsNoSolrClass(@TempDir Path work) throws Exception {
        Path corpus = Files.createDirectories(work.resolve("corpus"));
        Files.writeString(corpus.resolve("km.txt"), "แผนการจัดการความรู้ของหน่วยงาน\n\nชุมชนนักปฏิบัติแลกเปลี่ยนเรียนรู้ทุกเดือน\n",
                StandardCharsets.UTF_8);
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-verbose:class", "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "-Dklangru.ingest.isolation=in-process",
                KlangruMain.class.getName(), "index", "--corpus", corpus.toString(), "--index", work.resolve("index").toString())
                .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(3, TimeUnit.MINUTES), "klangru index did not finish");
        assertEquals(0, p.exitValue(), log.substring(Math.max(0, log.length() - 3000)));
        // the run loaded Klangru's index (so the log is the class-loading log of a real run) and nothing of Solr
        assertTrue(log.contains("org.klangru.index.IndexStore"), "no class-loading log");
        List<String> solr = log.lines().filter(l -> l.contains(" org.apache.solr.") || l.contains(" org.klangru.solr.")
                        || l.contains(" org.klangru.index.solr.SolrCloudIndex"))
                .limit(5).toList();
        assertTrue(solr.isEmpty(), "Solr classes loaded: " + solr);
    }
}
