package org.klangru.taxonomy;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** An agency facet value and the spellings that name it. */
@Serdeable
public record Agency(String name, List<String> aliases) {
    public Agency {
        aliases = List.copyOf(aliases);
    }
}
