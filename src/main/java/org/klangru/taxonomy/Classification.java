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
     * This passage's labels with the categories only other pieces of its paragraph have: each with the highest
     * confidence a piece gave it and that piece's reason, said to come from elsewhere in the paragraph. Its evidence
     * categories stay its own: an evidence pack quotes this passage, so the passage itself must show the evidence.
     *
     * @param pieces every piece of the paragraph (this one may be among them: its own categories are kept as they are)
     */
    Classification withParagraph(List<Classification> pieces) {
        List<Integer> own = categoryNumbers();
        Map<Integer, CategoryLabel> added = new TreeMap<>();
        for (Classification piece : pieces) {
            for (CategoryLabel l : piece.categories) {
                CategoryLabel best = added.get(l.category());
                if (!own.contains(l.category()) && (best == null || best.confidence() < l.confidence())) {
                    added.put(l.category(), new CategoryLabel(l.category(), l.confidence(),
                            "ส่วนอื่นของย่อหน้าเดียวกัน (elsewhere in the same paragraph): " + l.why()));
                }
            }
        }
        List<CategoryLabel> all = new ArrayList<>(categories);
        all.addAll(added.values());
        all.sort(Comparator.comparingDouble(CategoryLabel::confidence).reversed()
                .thenComparingInt(CategoryLabel::category));
        return new Classification(all, codes, evidenceCategories);
    }

    /** The codes, in label order. */
    public List<String> codeNames() {
        return codes.stream().map(CodeLabel::code).toList();
    }
}
