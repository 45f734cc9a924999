package org.klangru.analysis;

import com.ibm.icu.util.VersionInfo;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.synonym.SynonymMap;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The analyzers the index is written and queried with. Index and query side must agree, so both come
 * from here, together with the version stamped into each commit.
 *
 * <ul>
 *   <li>Word fields: ICU Thai words repaired by {@link ThaiWordTokenizer}, normalised (Thai digits, case,
 *       width, abbreviation dots), with the terms of {@code domain-terms.txt} as extra tokens over their
 *       parts.</li>
 *   <li>Fields named {@code *}{@value #NGRAM_SUFFIX}: Thai character bigrams ({@link ThaiNgramAnalyzer}).</li>
 *   <li>Query side of the word fields: the same tokens, plus the synonyms of {@code synonyms.txt}; and, weighted
 *       lower by the query, the near equivalents of {@code paraphrases.txt}.</li>
 * </ul>
 */
public final class KlangruAnalysis {
    public static final String NGRAM_SUFFIX = "_ngram";

    private KlangruAnalysis() {}

    /** Loaded once, on first use: the dictionary and synonym files, read through the word chain. */
    private static final class Resources {
        static final DomainTerms TERMS = DomainTerms.load(new ThaiWordAnalyzer());
        static final String SYNONYM_RULES = DomainSynonyms.text(DomainSynonyms.RESOURCE);
        static final String PARAPHRASE_RULES = DomainSynonyms.text(DomainSynonyms.PARAPHRASES);
        static final SynonymMap SYNONYMS = DomainSynonyms.build(
                List.of(Map.entry(DomainSynonyms.RESOURCE, SYNONYM_RULES)), TERMS, linear());
        static final SynonymMap WITH_PARAPHRASES = DomainSynonyms.build(List.of(
                Map.entry(DomainSynonyms.RESOURCE, SYNONYM_RULES),
                Map.entry(DomainSynonyms.PARAPHRASES, PARAPHRASE_RULES)), TERMS, linear());
        static final String VERSION = ThaiWordAnalyzer.VERSION + "/" + ThaiNgramAnalyzer.VERSION + "/icu"
                + VersionInfo.ICU_VERSION + "/terms-" + contentHash(TERMS, SYNONYM_RULES + "\n" + PARAPHRASE_RULES);

        private static Analyzer linear() {
            return new DomainWordAnalyzer(DomainWordAnalyzer.Mode.LINEAR, TERMS, null);
        }
    }

    /**
     * One string for every analyzer here: code versions, ICU's version (its dictionary segments the text)
     * and a hash of the dictionary and synonym entries, so that editing either file rebuilds the index.
     */
    public static String version() {
        return Resources.VERSION;
    }

    /** Index side: the word analyzer (domain terms stacked over their parts), n-grams for {@code *_ngram} fields. */
    public static Analyzer indexAnalyzer() {
        return new BySuffix(new DomainWordAnalyzer(DomainWordAnalyzer.Mode.INDEX, Resources.TERMS, null),
                new ThaiNgramAnalyzer());
    }

    /**
     * Query side of the word field: the index's tokens as a graph (a domain term and, as another path, its
     * parts), plus the domain synonyms as further paths. Synonyms are query-side only: Lucene cannot index a
     * token graph, so multi-word synonyms at index time would break phrase positions, and the index stays
     * free of terms the author did not write. {@code *_ngram} fields get {@link #ngramAnalyzer()}.
     */
    public static Analyzer queryAnalyzer() {
        return new BySuffix(new DomainWordAnalyzer(DomainWordAnalyzer.Mode.QUERY, Resources.TERMS, Resources.SYNONYMS),
                new ThaiNgramAnalyzer());
    }

    /**
     * The word field's query analyzer with the near equivalents of {@code paraphrases.txt} and each year in the other
     * era ({@link YearEraFilter}) as further paths: what
     * a passage that says the same thing in other words is found with, at a lower weight than the words typed.
     */
    public static Analyzer paraphraseAnalyzer() {
        return new DomainWordAnalyzer(DomainWordAnalyzer.Mode.PARAPHRASE, Resources.TERMS, Resources.WITH_PARAPHRASES);
    }

    /**
     * {@link #paraphraseAnalyzer()} with further two-way equivalences (each pair's sides): the
     * equivalents the collection defines, weighed like the near equivalents.
     */
    public static Analyzer paraphraseAnalyzer(List<Map.Entry<String, String>> equivalents) {
        if (equivalents.isEmpty()) {
            return paraphraseAnalyzer();
        }
        SynonymMap map = DomainSynonyms.build(List.of(
                Map.entry(DomainSynonyms.RESOURCE, Resources.SYNONYM_RULES),
                Map.entry(DomainSynonyms.PARAPHRASES, Resources.PARAPHRASE_RULES)), Resources.TERMS, Resources.linear(),
                equivalents);
        return new DomainWordAnalyzer(DomainWordAnalyzer.Mode.PARAPHRASE, Resources.TERMS, map);
    }

    /**
     * How many positions the word field gives {@code term}: a domain term stands at its first part's position and
     * the word after it comes after its last part, so a phrase through a term must leave room for its parts.
     */
    public static int positions(String term) {
        return Math.max(1, Resources.TERMS.entries().getOrDefault(term, List.of()).size());
    }

    /** The n-gram field's analyzer, index and query side. */
    public static Analyzer ngramAnalyzer() {
        return new ThaiNgramAnalyzer();
    }

    /** Non-overlapping word tokens, domain terms replacing their parts, ๆ and ฯ kept (for {@link ThaiSegmenter}). */
    static Analyzer segmentAnalyzer() {
        return new DomainWordAnalyzer(DomainWordAnalyzer.Mode.SEGMENT, Resources.TERMS, null);
    }

    static DomainTerms domainTerms() {
        return Resources.TERMS;
    }

    /** The synonyms the word field's query side adds ({@link #queryAnalyzer()}), for {@link AnalysisParts}. */
    static SynonymMap synonyms() {
        return Resources.SYNONYMS;
    }

    static String contentHash(DomainTerms terms, String synonyms) {
        CRC32 crc = new CRC32();
        for (Map.Entry<String, List<String>> t : terms.entries().entrySet()) {
            crc.update((t.getKey() + "=" + String.join(" ", t.getValue()) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        for (String line : synonyms.split("\n")) {
            int hash = line.indexOf('#');
            String rule = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (!rule.isEmpty()) {
                crc.update((rule + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        return String.format("%08x", crc.getValue());
    }

    /** The word analyzer for every field but those ending in {@link #NGRAM_SUFFIX}. */
    private static final class BySuffix extends DelegatingAnalyzerWrapper {
        private final Analyzer words;
        private final Analyzer ngrams;

        BySuffix(Analyzer words, Analyzer ngrams) {
            super(PER_FIELD_REUSE_STRATEGY);
            this.words = words;
            this.ngrams = ngrams;
        }

        @Override
        protected Analyzer getWrappedAnalyzer(String fieldName) {
            return fieldName.endsWith(NGRAM_SUFFIX) ? ngrams : words;
        }

        @Override
        public void close() {
            words.close();
            ngrams.close();
            super.close();
        }
    }
}
