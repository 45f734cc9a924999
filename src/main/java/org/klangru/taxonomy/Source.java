package org.klangru.taxonomy;

import io.micronaut.serde.annotation.Serdeable;

/** Where a piece of the taxonomy comes from. */
@Serdeable
public record Source(String id, String description) {
}
