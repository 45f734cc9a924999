package org.klangru.taxonomy;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scores the classifier on ../shared/eval/dev-passages.tsv the way evaluate.py does (micro precision, recall, F1 of
 * categories; of codes on the rows that assert codes), with three stand-ins for the passage splitter:
 * the seed line with the heading lines above it, the line with the document title but no headings (so categories
 * come from markers and content only), and joined paragraphs with headings. Prints the figures and asserts category F1 >= 0.90 and code F1 >= 0.95 in every mode.
 * Code precision is also measured strictly, over every row (a code on a row that asserts none is a false positive).
 */
class DevPassagesTest {
    private static PassageClassifier classifier;

    enum Mode { LINE_WITH_HEADINGS, LINE_NO_HEADINGS, PARAGRAPH_WITH_HEADINGS }

    record Row(String id, String substring, Set<Integer> categories, Set<String> codes) {
    }

    @BeforeAll
    static void setUp() {
        Assumptions.assumeTrue(SeedPassages.available(), "shared data not found at " + SeedPassages.SHARED);
        classifier = new PassageClassifier(Taxonomy.loadDefault());
    }

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (String line : SeedPassages.read(SeedPassages.DEV_PASSAGES)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = (line + "\t\t\t").split("\t", -1);
            Set<Integer> cats = new TreeSet<>();
            for (String c : f[2].split(",")) {
                if (!c.isBlank() && !c.trim().equals("0")) {
                    cats.add(Integer.parseInt(c.trim()));
                }
            }
            Set<String> codes = new TreeSet<>();
            for (String c : f[3].split(",")) {
                if (!c.isBlank()) {
                    codes.add(c.trim().toUpperCase(Locale.ROOT));
                }
            }
            rows.add(new Row(f[0], f[1], cats, codes));
        }
        return rows;
    }

    static SeedPassages.Passage find(String substring, Mode mode) {
        String want = SeedPassages.squash(substring);
        for (Path f : SeedPassages.seedFiles()) {
            List<SeedPassages.Passage> ps = mode == Mode.PARAGRAPH_WITH_HEADINGS
                    ? SeedPassages.paragraphs(f) : SeedPassages.lines(f);
            for (SeedPassages.Passage p : ps) {
                if (SeedPassages.squash(p.text()).contains(want)) {
                    return mode == Mode.LINE_NO_HEADINGS
                            ? new SeedPassages.Passage(p.file(), p.line(), p.text(), List.of(), p.title()) : p;
                }
            }
        }
        return null;
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void meetsTheQualityBars(Mode mode) {
        int tp = 0, fp = 0, fn = 0, ctp = 0, cfp = 0, cfn = 0, strictCfp = 0;
        StringBuilder report = new StringBuilder();
        for (Row r : rows()) {
            SeedPassages.Passage p = find(r.substring(), mode);
            if (p == null) {
                fn += r.categories().size();
                cfn += r.codes().size();
                report.append(r.id()).append("\tNOT FOUND\n");
                continue;
            }
            Classification c = classifier.classify(new PassageContext(p.text(), p.headings(), p.title()));
            Set<Integer> got = new TreeSet<>(c.categoryNumbers());
            Set<String> gotCodes = new LinkedHashSet<>(c.codeNames());
            for (int x : got) {
                if (r.categories().contains(x)) {
                    tp++;
                } else {
                    fp++;
                }
            }
            for (int x : r.categories()) {
                if (!got.contains(x)) {
                    fn++;
                }
            }
            if (!r.codes().isEmpty()) {
                for (String x : gotCodes) {
                    if (r.codes().contains(x)) {
                        ctp++;
                    } else {
                        cfp++;
                    }
                }
                for (String x : r.codes()) {
                    if (!gotCodes.contains(x)) {
                        cfn++;
                    }
                }
            } else {
                strictCfp += gotCodes.size();
            }
            boolean ok = got.equals(r.categories()) && gotCodes.containsAll(r.codes());
            report.append(String.format("%s\t%s\twant=%s%s\tgot=%s%s%n", r.id(), ok ? "ok" : "MISS",
                    r.categories(), r.codes(), got, gotCodes));
        }
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double rc = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        double f1 = tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
        double cp = ctp + cfp == 0 ? 0 : (double) ctp / (ctp + cfp);
        double cr = ctp + cfn == 0 ? 0 : (double) ctp / (ctp + cfn);
        double cf1 = ctp == 0 ? 0 : 2.0 * ctp / (2.0 * ctp + cfp + cfn);
        double strictCp = ctp + cfp + strictCfp == 0 ? 0 : (double) ctp / (ctp + cfp + strictCfp);
        System.out.print(report);
        System.out.printf(Locale.ROOT, "DEV %s: category P=%.3f R=%.3f F1=%.3f | code P=%.3f R=%.3f F1=%.3f"
                        + " | code P over all rows=%.3f%n", mode, p, rc, f1, cp, cr, cf1, strictCp);
        assertTrue(f1 >= 0.90, mode + ": category F1 " + f1 + " < 0.90\n" + report);
        assertTrue(cf1 >= 0.95, mode + ": code F1 " + cf1 + " < 0.95\n" + report);
        assertTrue(strictCp >= 0.95, mode + ": code precision over all rows " + strictCp + "\n" + report);
    }
}
