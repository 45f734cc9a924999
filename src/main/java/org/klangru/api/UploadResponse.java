package org.klangru.api;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * The answer to an upload: counts and every file's outcome. {@code error} and {@code message} are set when nothing
 * was taken, with {@code parameter} "files": the fields of {@link ApiError}, so that every error answer of an upload,
 * this one or a plain ApiError (no files part, request too large), reads as one type.
 */
@Serdeable
record UploadResponse(String error, String message, String parameter, int indexed, int duplicates, int rejected, int failed,
                      List<UploadView> files) {}
