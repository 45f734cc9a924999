package org.klangru.taxonomy;

import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;

/**
 * An item of a PMQA scheme, e.g. PMQA 4.0 item 4.3 (การจัดการความรู้).
 *
 * @param scheme   "PMQA4.0" or "PMQA2562" (the two number items differently: KM is 4.3 and 4.2)
 * @param id       item number, e.g. "4.3"
 * @param category the category the item belongs to
 * @param levels   level id (Basic, Advance, Significance) to the level's text where the source gives it, else empty
 */
@Serdeable
public record Item(String scheme, String id, int category, String titleTh, String source, String note,
                   Map<String, String> levels) {
    public Item {
        levels = levels == null ? Map.of() : Map.copyOf(levels);
    }
}
