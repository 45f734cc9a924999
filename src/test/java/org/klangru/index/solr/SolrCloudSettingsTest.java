package org.klangru.index.solr;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.klangru.index.PassageIndex;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Settings that cannot work stop the start with a message that names the setting, before anything is written. */
class SolrCloudSettingsTest {

    private static String failure(Map<String, Object> settings) {
        Throwable t = assertThrows(RuntimeException.class, () -> {
            try (ApplicationContext ctx = ApplicationContext.run(settings)) {
                ctx.getBean(PassageIndex.class);
            }
        });
        StringBuilder messages = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            messages.append(c.getMessage()).append('\n');
        }
        return messages.toString();
    }

    @Test
    void theSolrCloudBackendWithoutZooKeeperHostsSaysWhichSettingIsMissing(@TempDir Path dir) {
        String message = failure(Map.of("klangru.index.backend", "solrcloud", "klangru.index.dir", dir.toString()));
        assertTrue(message.contains("klangru.solr.zk-hosts"), message);
    }

    @Test
    void theSolrCloudBackendRefusesAStockAnalysis(@TempDir Path dir) {
        String message = failure(Map.of("klangru.index.backend", "solrcloud", "klangru.index.analyzer", "icu",
                "klangru.solr.zk-hosts", "127.0.0.1:1", "klangru.index.dir", dir.toString()));
        assertTrue(message.contains("klangru.index.analyzer=icu"), message);
    }

    @Test
    void anUnknownBackendIsAnError(@TempDir Path dir) {
        String message = failure(Map.of("klangru.index.backend", "elasticsearch", "klangru.index.dir", dir.toString()));
        assertTrue(message.contains("elasticsearch"), message);
    }
}
