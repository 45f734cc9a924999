/**
 * The PMQA model and the classifiers that label passages and documents with it.
 *
 * <ul>
 *   <li>{@link org.klangru.taxonomy.Taxonomy}: the immutable model of {@code pmqa-taxonomy.json} (categories,
 *       Fundamental Level codes per edition, PMQA 4.0 items and levels, the classifier's vocabulary). A user's
 *       copy is loaded with {@link org.klangru.taxonomy.Taxonomy#load(java.nio.file.Path)}; editing the copy's
 *       {@code evidence} lists and {@code classifier} settings changes classification without recompiling.</li>
 *   <li>{@link org.klangru.taxonomy.PassageClassifier}: categories and activity codes of a passage, each with a
 *       confidence and a reason ({@code why}, Thai first). Evidence, strongest first: explicit mentions in the
 *       passage (or, in a PMQA document, an item number such as ๔.๒ opening words of that item's category), the
 *       heading that names a category, codes, and only then content phrases above a measured threshold.</li>
 *   <li>{@link org.klangru.taxonomy.DocumentClassifier}: type, date, Buddhist-era and fiscal year, agency.</li>
 *   <li>{@link org.klangru.taxonomy.BestPracticeScorer}: how much a passage reads as a reusable practice.</li>
 * </ul>
 *
 * <p>Package-private helpers, one job each: {@code MatchText} (normalising for matching), {@code PhraseMatcher}
 * (a phrase trie, longest match first), {@code CategoryMentions} ("หมวด N" forms), {@code CodeMentions} (code
 * forms), {@code ContentScorer} (weighted evidence), {@code TaxonomyReader} (reading and validating the file).
 *
 * <p>How the thresholds were chosen, and how to re-measure them after editing the file: see
 * {@code ContentPrecisionTest} (seed judgements in {@code seed-content-judgements.tsv}) and the
 * {@code ThaigovProbe} tool in the test sources.
 *
 * <p>No Lucene, Tika or HTTP here; the records carry {@code @Serdeable} so that the API can return them as they
 * are.
 */
package org.klangru.taxonomy;
