package org.klangru.api;

import org.klangru.taxonomy.ActivityCode;
import org.klangru.taxonomy.Category;
import org.klangru.taxonomy.Taxonomy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Phrases of the PMQA model worth suggesting while a user types: category names, award names, codes. */
final class DomainTerms {
    private DomainTerms() {}

    static List<String> of(Taxonomy taxonomy) {
        Set<String> terms = new LinkedHashSet<>();
        for (Category c : taxonomy.categories()) {
            terms.add("หมวด " + c.number() + " " + c.nameTh());
            terms.add(c.nameTh());
            terms.addAll(c.variants());
            if (c.awardNameTh() != null) {
                terms.add(c.awardNameTh());
            }
        }
        for (ActivityCode code : taxonomy.codes()) {
            terms.add(code.code());
            if (code.verified() && code.titleTh() != null) {
                terms.add(code.titleTh());
            }
        }
        return List.copyOf(terms);
    }
}
