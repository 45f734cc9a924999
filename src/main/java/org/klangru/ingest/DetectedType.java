package org.klangru.ingest;

import java.util.List;

/**
 * What a file's bytes are, by Tika's detection.
 *
 * @param mediaType  base media type without parameters, e.g. {@code application/pdf}
 * @param extensions the type's file extensions with their dot, the usual one first (may be empty)
 */
public record DetectedType(String mediaType, List<String> extensions) {}
