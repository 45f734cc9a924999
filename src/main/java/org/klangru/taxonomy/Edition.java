package org.klangru.taxonomy;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * An edition of the Fundamental Level criteria, which numbers activity codes its own way.
 *
 * @param cues phrases that, near a code, say which edition the text follows ("ฉบับที่ 2")
 */
@Serdeable
public record Edition(String id, String nameTh, String nameEn, String note, String source, List<String> cues) {
    public Edition {
        cues = cues == null ? List.of() : List.copyOf(cues);
    }
}
