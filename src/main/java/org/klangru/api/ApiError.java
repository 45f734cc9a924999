package org.klangru.api;

import io.micronaut.serde.annotation.Serdeable;

/** The body of every error response. */
@Serdeable
public record ApiError(String error, String message, String parameter) {}
