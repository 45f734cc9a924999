package org.klangru.analysis;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The query-side synonym map: the rules of {@code synonyms.txt} (Solr format: {@code a, b, c} for
 * equivalents, {@code a => b} for one way), each side analyzed by the linear word chain so that it goes
 * through the same normalisation and dictionary as the text; plus, for every multi-part domain term, the
 * term's parts as an alternative path, so the query has the same tokens the index has under the term.
 */
final class DomainSynonyms {
    static final String RESOURCE = "synonyms.txt";
    /** Near equivalents, on top of the synonyms; the query weighs them below the words typed. */
    static final String PARAPHRASES = "paraphrases.txt";
    /** The nominaliser that Thai writes or leaves out in a compound ({@link #shortenedForms}). */
    private static final String KAN = "การ";
    /** A word iterator per thread: making one costs more than segmenting the short sides of a rule. */
    private static final ThreadLocal<BreakIterator> WORDS =
            ThreadLocal.withInitial(() -> BreakIterator.getWordInstance(ULocale.forLanguageTag("th")));

    private DomainSynonyms() {}

    static String text(String resource) {
        try (InputStream in = DomainSynonyms.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param files each rules file's name and text, parsed in this order into one map; a bad rule is reported with
     *              its file and line
     */
    static SynonymMap build(List<Map.Entry<String, String>> files, DomainTerms terms, Analyzer linear) {
        return build(files, terms, linear, List.of());
    }

    /**
     * @param pairs further two-way equivalences (the collection's own); a pair a side of which analyzes to nothing
     *              is left out, not an error, as these come from documents, not from a person
     */
    static SynonymMap build(List<Map.Entry<String, String>> files, DomainTerms terms, Analyzer linear,
                            List<Map.Entry<String, String>> pairs) {
        try {
            RecordingParser parser = new RecordingParser(linear);
            for (Map.Entry<String, String> file : files) {
                try {
                    parser.parse(new StringReader(file.getValue()));
                } catch (ParseException e) {
                    // the parser's message has the line ("Invalid synonym rule at line 2")
                    throw new IllegalStateException("bad rule in " + file.getKey() + ": " + e.getMessage(), e);
                }
                // a near equivalent without its leading การ is a verb, used far more widely ("ร้องเรียน")
                addShortenedCompounds(parser, file.getValue(), !file.getKey().equals(PARAPHRASES));
            }
            for (Map.Entry<String, String> pair : pairs) {
                try {
                    CharsRef a = CharsRef.deepCopyOf(parser.analyze(pair.getKey(), new CharsRefBuilder()));
                    CharsRef b = CharsRef.deepCopyOf(parser.analyze(pair.getValue(), new CharsRefBuilder()));
                    if (a.length > 0 && b.length > 0 && !a.equals(b)) {
                        parser.add(a, b, true);
                        parser.add(b, a, true);
                        addShortened(parser, List.of(pair.getKey(), pair.getValue()), true);
                    }
                } catch (IllegalArgumentException e) {
                    // a side with no words (or a stop word alone): nothing to look for
                }
            }
            addTermParts(parser, terms);
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Each multi-part domain term's parts as another path of the term, and, where a part has synonyms of its own
     * ("PMQA" of "PMQA 4.0": การพัฒนาคุณภาพการบริหารจัดการภาครัฐ, or an equivalent the collection defines), the parts
     * with that part written so: the synonym filter does not apply a rule to the output of another, and the term
     * replaces its parts in the query, so "PMQA 4.0" did not find "คุณภาพการบริหารจัดการภาครัฐ 4.0".
     */
    private static void addTermParts(RecordingParser parser, DomainTerms terms) {
        for (Map.Entry<String, List<String>> t : terms.entries().entrySet()) {
            List<String> parts = t.getValue();
            if (parts.size() < 2) {
                continue;
            }
            CharsRef term = new CharsRef(t.getKey());
            parser.add(term, joined(parts), true);
            for (int i = 0; i < parts.size(); i++) {
                for (String synonym : parser.synonymsOf(parts.get(i))) {
                    List<String> written = new ArrayList<>(parts);
                    written.set(i, synonym);
                    parser.add(term, joined(written), true);
                }
            }
        }
    }

    private static CharsRef joined(List<String> words) {
        return CharsRef.deepCopyOf(SynonymMap.Builder.join(words.toArray(new String[0]), new CharsRefBuilder()));
    }

    /** The parser, remembering what each single word was given as synonyms (words joined by the map's separator). */
    private static final class RecordingParser extends SolrSynonymParser {
        private final Map<String, Set<String>> ofWord = new HashMap<>();

        RecordingParser(Analyzer linear) {
            super(true, true, linear);
        }

        @Override
        public void add(CharsRef input, CharsRef output, boolean includeOrig) {
            super.add(input, output, includeOrig);
            String word = input.toString();
            if (word.indexOf(SynonymMap.WORD_SEPARATOR) < 0) {
                ofWord.computeIfAbsent(word, w -> new LinkedHashSet<>()).add(output.toString());
            }
        }

        /** The synonyms of {@code word}, each as words joined by {@link SynonymMap#WORD_SEPARATOR}. */
        List<String> synonymsOf(String word) {
            return ofWord.getOrDefault(word, Set.of()).stream().filter(s -> !s.equals(word)).toList();
        }
    }

    /**
     * Thai leaves out the nominaliser การ inside a compound as often as it writes it ("คู่มือปฏิบัติงาน" for
     * "คู่มือการปฏิบัติงาน"), and at the head of a term used inside a longer one ("วันจัดการความรู้", "แผนจัดการความรู้"
     * for การจัดการความรู้): for each side of an equivalence rule ({@code a, b, c}), the side written without it finds
     * every side of the rule too; without a leading การ only where {@code leading} (names of the same thing).
     */
    private static void addShortenedCompounds(SolrSynonymParser parser, String rules, boolean leading) throws IOException {
        for (String line : rules.split("\n")) {
            int hash = line.indexOf('#');
            String rule = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (!rule.isEmpty() && !rule.contains("=>")) {
                addShortened(parser, Arrays.stream(rule.split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList(),
                        leading);
            }
        }
    }

    /** For each of {@code sides} written with การ, its {@link #shortenedForms} find every side. */
    private static void addShortened(SolrSynonymParser parser, List<String> sides, boolean leading) throws IOException {
        for (String side : sides) {
            for (String shortened : shortenedForms(side, leading)) {
                CharsRef input = CharsRef.deepCopyOf(parser.analyze(shortened, new CharsRefBuilder()));
                for (String target : sides) {
                    parser.add(input, CharsRef.deepCopyOf(parser.analyze(target, new CharsRefBuilder())), true);
                }
            }
        }
    }

    /**
     * {@code side} without the word การ after its first word, and, when {@code leading} and it begins with การ and two
     * words or more follow, without that one too (one word alone, "ประชุม" of "การประชุม", would stand for far more
     * than the term); empty when it has no such การ.
     */
    static Set<String> shortenedForms(String side, boolean leading) {
        List<String> words = new ArrayList<>();
        BreakIterator iterator = WORDS.get();
        iterator.setText(side);
        for (int start = iterator.first(), end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
            if (!side.substring(start, end).isBlank()) {
                words.add(side.substring(start, end));
            }
        }
        Set<String> out = new LinkedHashSet<>();
        if (words.size() < 2) {
            return out;
        }
        String inner = words.get(0) + withoutKan(words.subList(1, words.size()));
        if (!inner.equals(String.join("", words))) {
            out.add(inner);
        }
        if (leading && words.get(0).equals(KAN) && words.size() > 2) {
            out.add(String.join("", words.subList(1, words.size())));
            out.add(withoutKan(words.subList(1, words.size())));
        }
        return out;
    }

    private static String withoutKan(List<String> words) {
        return words.stream().filter(w -> !w.equals(KAN)).collect(Collectors.joining());
    }
}
