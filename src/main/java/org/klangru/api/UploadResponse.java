package org.klangru.api;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * The answer to an upload: counts and every file's outcome. {@code error} and {@code message} are set when nothing
 * was taken (the same fields as {@link ApiError}).
 */
@Serdeable
record UploadResponse(String error, String message, int indexed, int duplicates, int rejected, int failed,
                      List<UploadView> files) {}
