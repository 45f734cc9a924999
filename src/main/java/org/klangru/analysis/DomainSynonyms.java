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
import java.util.List;
import java.util.Map;

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
            SolrSynonymParser parser = new SolrSynonymParser(true, true, linear);
            for (Map.Entry<String, String> file : files) {
                try {
                    parser.parse(new StringReader(file.getValue()));
                } catch (ParseException e) {
                    // the parser's message has the line ("Invalid synonym rule at line 2")
                    throw new IllegalStateException("bad rule in " + file.getKey() + ": " + e.getMessage(), e);
                }
                addShortenedCompounds(parser, file.getValue());
            }
            CharsRefBuilder scratch = new CharsRefBuilder();
            for (Map.Entry<String, List<String>> t : terms.entries().entrySet()) {
                List<String> parts = t.getValue();
                if (parts.size() > 1) {
                    CharsRef joined = SynonymMap.Builder.join(parts.toArray(new String[0]), scratch);
                    parser.add(new CharsRef(t.getKey()), CharsRef.deepCopyOf(joined), true);
                }
            }
            for (Map.Entry<String, String> pair : pairs) {
                try {
                    CharsRef a = CharsRef.deepCopyOf(parser.analyze(pair.getKey(), new CharsRefBuilder()));
                    CharsRef b = CharsRef.deepCopyOf(parser.analyze(pair.getValue(), new CharsRefBuilder()));
                    if (a.length > 0 && b.length > 0 && !a.equals(b)) {
                        parser.add(a, b, true);
                        parser.add(b, a, true);
                    }
                } catch (IllegalArgumentException e) {
                    // a side with no words (or a stop word alone): nothing to look for
                }
            }
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Thai drops the nominaliser การ inside a compound as often as it writes it ("คู่มือปฏิบัติงาน" for
     * "คู่มือการปฏิบัติงาน", "แผนจัดการความรู้" for "แผนการจัดการความรู้"): for each side of an equivalence rule
     * ({@code a, b, c}) with การ as a word after its first, the side without it finds the rule's sides too.
     */
    private static void addShortenedCompounds(SolrSynonymParser parser, String rules) throws IOException {
        for (String line : rules.split("\n")) {
            int hash = line.indexOf('#');
            String rule = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (rule.isEmpty() || rule.contains("=>")) {
                continue;
            }
            List<String> sides = java.util.Arrays.stream(rule.split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList();
            for (String side : sides) {
                String shortened = withoutInnerKan(side);
                if (shortened.equals(side)) {
                    continue;
                }
                CharsRef input = CharsRef.deepCopyOf(parser.analyze(shortened, new CharsRefBuilder()));
                for (String target : sides) {
                    parser.add(input, CharsRef.deepCopyOf(parser.analyze(target, new CharsRefBuilder())), true);
                }
            }
        }
    }

    /** {@code side} without the word การ wherever it is not the first word. */
    static String withoutInnerKan(String side) {
        BreakIterator words = BreakIterator.getWordInstance(ULocale.forLanguageTag("th"));
        words.setText(side);
        StringBuilder out = new StringBuilder(side.length());
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            String word = side.substring(start, end);
            if (!(word.equals("การ") && !out.toString().isBlank())) {
                out.append(word);
            }
        }
        return out.toString();
    }
}
