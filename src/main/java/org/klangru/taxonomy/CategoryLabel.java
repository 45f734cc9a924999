package org.klangru.taxonomy;

import io.micronaut.serde.annotation.Serdeable;

/** A PMQA category given to a passage, with the reason in Thai (and English beside it where useful). */
@Serdeable
public record CategoryLabel(int category, double confidence, String why) {
}
