/**
 * Collections: curated, ordered and annotated sets of passages that trainers and KM officers keep, stored in an
 * embedded H2 database whose schema Flyway migrates ({@code db/collections}), and their exports (DOCX handout, PPTX
 * slides, Markdown). Passages are read through {@link org.klangru.collections.PassageSource}, so this package knows
 * nothing of the index's internals; the api layer supplies it.
 */
package org.klangru.collections;
