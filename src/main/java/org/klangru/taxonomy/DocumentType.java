package org.klangru.taxonomy;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A document type facet value with the cues that recognise it.
 *
 * @param id        one of study-visit, sop-manual, km-plan, meeting-news, award-report (other is the fallback)
 * @param titleCues phrases that count three times when found in the title or the opening lines
 * @param cues      phrases that count once when found anywhere
 */
@Serdeable
public record DocumentType(String id, String nameTh, String nameEn, List<String> titleCues, List<String> cues) {
    public DocumentType {
        titleCues = List.copyOf(titleCues);
        cues = List.copyOf(cues);
    }
}
