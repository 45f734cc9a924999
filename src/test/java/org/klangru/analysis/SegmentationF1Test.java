package org.klangru.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Segmentation F1 of the word field against gold-segmented Thai (../shared/eval/segmentation): plain
 * ICUTokenizer, the repaired tokenizer alone, and what {@code klangru segment} prints (with the domain
 * dictionary). Prints the table; fails if the project's segmentation falls below plain ICU.
 */
class SegmentationF1Test {
    static final Path GOLD = Path.of("..", "shared", "eval", "segmentation");
    static final Map<String, Path> SETS = new LinkedHashMap<>();

    static {
        SETS.put("wisesight-1000", GOLD.resolve("wisesight/wisesight-1000-samples-tokenised.label"));
        SETS.put("UD Thai-PUD", GOLD.resolve("ud_thai_pud/th_pud-ud-test.pipe.txt"));
    }

    /** Surface strings of an analyzer's tokens, by offset. */
    static Function<String, List<String>> surfaces(Analyzer analyzer) {
        return line -> {
            List<String> out = new ArrayList<>();
            try (TokenStream ts = analyzer.tokenStream("", line)) {
                OffsetAttribute o = ts.addAttribute(OffsetAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    out.add(line.substring(o.startOffset(), o.endOffset()));
                }
                ts.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out;
        };
    }

    static Analyzer plainIcu() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                return new TokenStreamComponents(new ICUTokenizer());
            }
        };
    }

    static Analyzer repairedWithoutDictionary() {
        return new Analyzer() {
            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return ThaiWordAnalyzer.beforeTokenizing(reader);
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                return new TokenStreamComponents(new ThaiWordTokenizer(true));
            }
        };
    }

    @Test
    void projectSegmentationIsNotBelowPlainIcu() throws IOException {
        assumeTrue(SETS.values().stream().allMatch(Files::isRegularFile), "gold sets not found under " + GOLD.toAbsolutePath());
        ThaiSegmenter segmenter = new ThaiSegmenter();
        Map<String, Function<String, List<String>>> systems = new LinkedHashMap<>();
        systems.put("plain ICUTokenizer", surfaces(plainIcu()));
        systems.put("repaired, no domain dictionary", surfaces(repairedWithoutDictionary()));
        systems.put("klangru segment (with dictionary)", segmenter::segment);

        StringBuilder table = new StringBuilder(String.format("%n%-36s", "boundary-F1 / word-F1"));
        SETS.keySet().forEach(name -> table.append(String.format(" | %-17s", name)));
        table.append('\n');
        Map<String, SegmentationScorer.Scores> icu = new LinkedHashMap<>();
        Map<String, SegmentationScorer.Scores> ours = new LinkedHashMap<>();
        for (Map.Entry<String, Function<String, List<String>>> system : systems.entrySet()) {
            table.append(String.format("%-36s", system.getKey()));
            for (Map.Entry<String, Path> set : SETS.entrySet()) {
                SegmentationScorer.Scores s = SegmentationScorer.score(set.getValue(), system.getValue());
                table.append(String.format(" | %.3f / %.3f     ", s.boundaryF1(), s.wordF1()));
                if (system.getKey().startsWith("plain")) {
                    icu.put(set.getKey(), s);
                } else if (system.getKey().startsWith("klangru")) {
                    ours.put(set.getKey(), s);
                }
            }
            table.append('\n');
        }
        System.out.println(table);
        for (String set : SETS.keySet()) {
            assertTrue(ours.get(set).boundaryF1() >= icu.get(set).boundaryF1(), set + " boundary-F1 below ICU" + table);
            assertTrue(ours.get(set).wordF1() >= icu.get(set).wordF1(), set + " word-F1 below ICU" + table);
        }
    }
}
