package org.klangru.taxonomy;

import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/**
 * Facets of a whole document.
 *
 * @param type         study-visit, sop-manual, km-plan, meeting-news, award-report or other
 * @param date         the document's date (publication or event), null when none is written
 * @param buddhistYear year of the document, Buddhist era, null when unknown
 * @param fiscalYear   Thai fiscal year (ปีงบประมาณ, Buddhist era, starting 1 October), null when unknown
 * @param agency       the agency that issued the document, null when not clear
 */
@Serdeable
public record DocumentFacts(String type, LocalDate date, Integer buddhistYear, Integer fiscalYear, String agency) {
}
