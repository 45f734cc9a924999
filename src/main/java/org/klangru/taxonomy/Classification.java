package org.klangru.taxonomy;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The labels of one passage; empty lists when nothing is asserted (unsure is better than wrong). */
@Serdeable
public record Classification(List<CategoryLabel> categories, List<CodeLabel> codes) {
    public Classification {
        categories = List.copyOf(categories);
        codes = List.copyOf(codes);
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
