package org.klangru.cli;

import io.micronaut.context.ApplicationContext;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Options shared by the commands, turned into configuration properties (flags win over env and application.yml). */
final class ContextOptions {
    @Option(names = "--index", paramLabel = "DIR", description = "โฟลเดอร์ดัชนี (index folder; default: index)")
    Path index;

    @Option(names = "--corpus", paramLabel = "DIR", description = "โฟลเดอร์เอกสาร (document folder, read recursively; default: corpus)")
    Path corpus;

    @Option(names = "--analyzer", paramLabel = "NAME",
            description = "การตัดคำ: klangru (ค่าเริ่มต้น), icu หรือ standard เพื่อเปรียบเทียบ (analysis: klangru, or icu/standard for comparison)")
    String analyzer;

    Map<String, Object> properties() {
        Map<String, Object> props = new HashMap<>();
        if (index != null) {
            props.put("klangru.index.dir", index.toString());
        }
        if (analyzer != null) {
            props.put("klangru.index.analyzer", analyzer);
        }
        if (corpus != null) {
            props.put("klangru.ingest.corpus", corpus.toString());
        }
        return props;
    }

    ApplicationContext start(Map<String, Object> extra) {
        Map<String, Object> props = properties();
        props.putAll(extra);
        return ApplicationContext.builder().properties(props).banner(false).deduceEnvironment(false).start();
    }
}
