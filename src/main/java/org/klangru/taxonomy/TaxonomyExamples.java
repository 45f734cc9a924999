package org.klangru.taxonomy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Training examples the taxonomy file itself gives: each category's names, the criteria items' titles, the activity
 * codes' titles and hints, and each strong or medium evidence concept (its alternatives as one short text), labelled
 * with their category. They teach the model the criteria's own words beside the judged paragraphs.
 */
final class TaxonomyExamples {
    private TaxonomyExamples() {
    }

    static List<CategoryModelTrainer.Example> of(Taxonomy taxonomy) {
        List<CategoryModelTrainer.Example> out = new ArrayList<>();
        for (Category c : taxonomy.categories()) {
            add(out, "name-" + c.number(), c.number(), c.nameTh());
            c.variants().forEach(v -> add(out, "variant-" + c.number(), c.number(), v));
            add(out, "award-" + c.number(), c.number(), c.awardNameTh());
            int i = 0;
            for (String concept : concat(c.evidence().strong(), c.evidence().medium())) {
                add(out, "evidence-" + c.number() + "-" + i++, c.number(), concept.replace('|', ' '));
            }
        }
        for (Item item : taxonomy.items()) {
            add(out, "item-" + item.scheme() + "-" + item.id(), item.category(), item.titleTh());
        }
        for (ActivityCode code : taxonomy.codes()) {
            add(out, "code-" + code.edition() + "-" + code.code(), code.category(),
                    code.titleTh() != null ? code.titleTh() : code.hintTh());
        }
        return out;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static void add(List<CategoryModelTrainer.Example> out, String id, int category, String text) {
        if (text != null && !text.isBlank() && category >= 1 && category <= 7) {
            out.add(new CategoryModelTrainer.Example("taxonomy:" + id, Set.of(category), text, "", "taxonomy", "taxonomy"));
        }
    }
}
