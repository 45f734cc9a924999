package org.klangru.taxonomy;

import io.micronaut.serde.annotation.Serdeable;

/**
 * An activity code given to a passage.
 *
 * @param code    normalised, e.g. "CS1" for "CS 1 A" or "CS๑"
 * @param edition id of the {@link Edition}, null when the text does not tell which
 */
@Serdeable
public record CodeLabel(String code, String edition, double confidence, String why) {
}
