package org.klangru.taxonomy;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * Content evidence of one category, by tier. Each entry is a concept: alternatives separated by {@code |}, counted
 * once per passage. A {@code together} entry is parts separated by {@code +} (each part again alternatives with
 * {@code |}) and counts when every part occurs. Tier weights and the threshold are in {@link ClassifierSettings}.
 */
@Serdeable
public record Evidence(List<String> strong, List<String> medium, List<String> weak, List<String> together) {
    public Evidence {
        strong = List.copyOf(strong);
        medium = List.copyOf(medium);
        weak = List.copyOf(weak);
        together = List.copyOf(together);
    }
}
