package org.klangru.taxonomy;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No passage of the seeds is tagged with a code that is not in its text or its headings (written alone or inside a
 * written range), checked with a separate, simple reading of the text. Also prints how many seed passages get labels.
 */
class SeedCodesTest {
    private static final Pattern CODE = Pattern.compile(
            "(LD|SP|CS|IT|HR|PM)[\\s\\u00a0-]*([1-9๑-๙])(?:[\\s\\u00a0]*(?:[-–—]|ถึง)[\\s\\u00a0]*(?:\\1)?[\\s\\u00a0-]*([1-9๑-๙]))?");

    static Set<String> written(String s) {
        Set<String> out = new HashSet<>();
        Matcher m = CODE.matcher(s);
        while (m.find()) {
            int a = digit(m.group(2));
            int b = m.group(3) == null ? a : digit(m.group(3));
            for (int k = a; k <= Math.max(a, b); k++) {
                out.add(m.group(1) + k);
            }
        }
        return out;
    }

    private static int digit(String d) {
        char c = d.charAt(0);
        return c >= '๐' ? c - '๐' : c - '0';
    }

    @Test
    void everyCodeIsWrittenInThePassageOrItsHeadings() {
        Assumptions.assumeTrue(SeedPassages.available(), "shared data not found");
        PassageClassifier pc = new PassageClassifier(Taxonomy.loadDefault());
        List<String> problems = new ArrayList<>();
        int passages = 0, withCategory = 0, withCode = 0;
        for (Path f : SeedPassages.seedFiles()) {
            for (List<SeedPassages.Passage> ps : List.of(SeedPassages.lines(f), SeedPassages.paragraphs(f))) {
                for (SeedPassages.Passage p : ps) {
                    passages++;
                    Classification c = pc.classify(new PassageContext(p.text(), p.headings(), p.title()));
                    withCategory += c.categories().isEmpty() ? 0 : 1;
                    withCode += c.codes().isEmpty() ? 0 : 1;
                    Set<String> allowed = written(p.text());
                    p.headings().forEach(h -> allowed.addAll(written(h)));
                    for (CodeLabel l : c.codes()) {
                        if (!allowed.contains(l.code())) {
                            problems.add(p.file() + ":" + p.line() + " " + l.code() + " in: " + p.text());
                        }
                    }
                }
            }
        }
        System.out.printf("seed passages (lines + paragraphs, with headings): %d, with a category: %d, with a code: "
                + "%d%n", passages, withCategory, withCode);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
