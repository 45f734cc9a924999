package org.klangru.taxonomy;

import io.micronaut.serde.annotation.Serdeable;

/**
 * A Fundamental Level activity code (รหัสกิจกรรม) in one edition. The same code may exist in two editions with
 * different meanings (IT3 is a support-process database in FL2552 and KM in FL2), so (edition, code) is the key.
 *
 * @param code           normalised code, e.g. "CS1"
 * @param category       PMQA category 1–7
 * @param edition        id of an {@link Edition}
 * @param titleTh        the sourced title; null when no source was found (never invented)
 * @param verified       true when {@code titleTh} was seen in a cited source
 * @param hintTh         for unverified codes: a recollection of the topic, to be checked (ยังไม่ยืนยัน); else null
 * @param hintConfidence "low" / "medium" for {@code hintTh}, else null
 * @param note           remarks on the source, may be null
 * @param source         id of the source, may be null
 */
@Serdeable
public record ActivityCode(String code, int category, String edition, String titleTh, boolean verified,
                           String hintTh, String hintConfidence, String note, String source) {
}
