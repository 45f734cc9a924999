package org.klangru.taxonomy;

import io.micronaut.serde.annotation.Serdeable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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

    /**
     * This piece of a long paragraph labelled as that paragraph: the categories the whole paragraph was read to be
     * about, said to come from it, beside the piece's own evidence categories (what its own text marks). Its codes and
     * evidence categories stay its own: an evidence pack quotes this piece, so the piece itself must show them.
     */
    Classification asPieceOf(Classification paragraph) {
        Map<Integer, CategoryLabel> labels = new TreeMap<>();
        for (CategoryLabel l : categories) {
            if (evidenceCategories.contains(l.category())) {
                labels.put(l.category(), l);
            }
        }
        for (CategoryLabel l : paragraph.categories) {
            labels.putIfAbsent(l.category(), new CategoryLabel(l.category(), l.confidence(),
                    "อ่านทั้งย่อหน้า (the whole paragraph): " + l.why()));
        }
        List<CategoryLabel> all = new ArrayList<>(labels.values());
        all.sort(Comparator.comparingDouble(CategoryLabel::confidence).reversed()
                .thenComparingInt(CategoryLabel::category));
        return new Classification(all, codes, evidenceCategories);
    }

    /** The codes, in label order. */
    public List<String> codeNames() {
        return codes.stream().map(CodeLabel::code).toList();
    }
}
