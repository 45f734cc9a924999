package org.klangru.taxonomy;

import io.micronaut.serde.annotation.Serdeable;

/** A PMQA 4.0 assessment level: Basic (พื้นฐาน), Advance (ก้าวหน้า), Significance (พัฒนาจนเกิดผล). */
@Serdeable
public record Level(String id, String nameTh, String nameEn, String source) {
}
