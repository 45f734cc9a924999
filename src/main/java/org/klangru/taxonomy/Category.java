package org.klangru.taxonomy;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * One PMQA category (หมวด 1–7) as the taxonomy file describes it.
 *
 * @param number      1–7
 * @param prefix      activity-code prefix of the Fundamental Level (LD, SP, CS, IT, HR, PM), null for หมวด 7
 * @param nameTh      official Thai name
 * @param nameEn      English name
 * @param variants    other Thai names in use (older editions, common wording); recognised as explicit mentions
 * @param awardNameTh name of the category award (รางวัลรายหมวด), null where none was found
 * @param nameCues    words that, right after "หมวด N", confirm that the PMQA category is meant
 * @param keywords    every phrase of {@code evidence}, flattened (read-only view for display)
 * @param evidence    weighted phrases the content classifier uses
 * @param sources     ids of the sources in {@link Taxonomy#sources()}
 */
@Serdeable
public record Category(int number, String prefix, String nameTh, String nameEn, List<String> variants,
                       String awardNameTh, List<String> nameCues, List<String> keywords, Evidence evidence,
                       List<String> sources) {
    public Category {
        variants = List.copyOf(variants);
        nameCues = List.copyOf(nameCues);
        keywords = List.copyOf(keywords);
        sources = List.copyOf(sources);
    }
}
