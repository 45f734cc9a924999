package org.klangru.taxonomy;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * The labels of one passage; empty lists when nothing is asserted (unsure is better than wrong).
 *
 * @param evidenceCategories the categories sure enough for an evidence pack: those a marker, heading, code or the
 *                           taxonomy's phrases gave, and the model's from its stricter evidence threshold
 */
@Serdeable
public record Classification(List<CategoryLabel> categories, List<CodeLabel> codes, List<Integer> evidenceCategories) {
    public Classification {
        categories = List.copyOf(categories);
        codes = List.copyOf(codes);
        evidenceCategories = List.copyOf(evidenceCategories);
    }

    /** The category numbers, in label order. */
    public List<Integer> categoryNumbers() {
        return categories.stream().map(CategoryLabel::category).toList();
    }

    /** The codes, in label order. */
    public List<String> codeNames() {
        return codes.stream().map(CodeLabel::code).toList();
    }
}
