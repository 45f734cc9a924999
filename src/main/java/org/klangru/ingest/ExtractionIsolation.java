package org.klangru.ingest;

import java.time.Duration;
import java.util.Locale;

/**
 * Where Tika parses files that are not plain UTF-8 text ({@code klangru.ingest.isolation}).
 *
 * @param mode         {@link Mode#PROCESS}: in worker JVMs, so a hang or an out-of-memory kills only a worker;
 *                     {@link Mode#IN_PROCESS}: in the calling JVM (tests, debugging), without a time limit
 * @param workerHeapMb the {@code -Xmx} of each worker JVM
 * @param timeout      parsing time allowed per file in a worker; OCR, when it runs, gets its own limit on top
 */
public record ExtractionIsolation(Mode mode, int workerHeapMb, Duration timeout) {

    public static final ExtractionIsolation IN_PROCESS = new ExtractionIsolation(Mode.IN_PROCESS, 512, Duration.ofSeconds(120));

    public enum Mode {
        PROCESS, IN_PROCESS;

        /** {@code process} or {@code in-process}, as the setting spells them. */
        public static Mode parse(String value) {
            String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT).replace('_', '-');
            return switch (v) {
                case "process" -> PROCESS;
                case "in-process" -> IN_PROCESS;
                default -> throw new IllegalArgumentException(
                        "klangru.ingest.isolation ต้องเป็น process หรือ in-process (must be process or in-process), was '" + value + "'");
            };
        }
    }

    public ExtractionIsolation {
        if (workerHeapMb < 64) {
            throw new IllegalArgumentException("klangru.ingest.worker-heap-mb must be at least 64, was " + workerHeapMb);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("klangru.ingest.timeout-seconds must be positive, was " + timeout.toSeconds());
        }
    }

    /** Isolated in worker processes with the given heap and time per file. */
    public static ExtractionIsolation process(int workerHeapMb, Duration timeout) {
        return new ExtractionIsolation(Mode.PROCESS, workerHeapMb, timeout);
    }

    public boolean isolated() {
        return mode == Mode.PROCESS;
    }
}
