package org.klangru.ingest;

/** Named limits of extraction, as Tika's server names its own. */
public record ExtractionLimits(long maxFileBytes, int maxCharsPerFile) {
    public static final ExtractionLimits DEFAULT = new IngestConfig().limits();
}
