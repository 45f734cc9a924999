/**
 * Evidence packs: for a PMQA framework and category, the strongest passages of the index under each item, activity
 * code, KM step and change-management element, with full citations, a coverage table and the gaps stated plainly;
 * written as DOCX, Markdown or JSON.
 *
 * <p>{@link org.klangru.evidence.EvidencePlan} says what to look for (from the taxonomy and the editable resource
 * {@code evidence-plan.json}), {@link org.klangru.evidence.EvidenceCollector} finds it in the index,
 * {@link org.klangru.evidence.EvidencePack} holds the result, and the writers render it. No HTTP here.
 */
package org.klangru.evidence;
