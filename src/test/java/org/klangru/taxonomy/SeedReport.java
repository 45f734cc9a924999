package org.klangru.taxonomy;

import java.nio.file.Path;
import java.util.List;

/** Prints how every seed passage is classified (a tool for tuning, run with java -cp; not a test). */
final class SeedReport {
    public static void main(String[] args) {
        PassageClassifier pc = new PassageClassifier(Taxonomy.loadDefault());
        boolean paragraphs = args.length > 0 && args[0].equals("p");
        boolean noHeadings = args.length > 1 && args[1].equals("nh");
        for (Path f : SeedPassages.seedFiles()) {
            List<SeedPassages.Passage> ps = paragraphs ? SeedPassages.paragraphs(f) : SeedPassages.lines(f);
            for (SeedPassages.Passage p : ps) {
                Classification c = pc.classify(new PassageContext(p.text(), noHeadings ? List.of() : p.headings(),
                        p.title()));
                String t = p.text().length() > 110 ? p.text().substring(0, 110) + "…" : p.text();
                System.out.printf("%s:%d\t%s\t%s\t%s\t%s%n", p.file().substring(0, 3), p.line(), c.categoryNumbers(),
                        c.codeNames(), pc.contentScores(p.text()), t);
                for (CategoryLabel l : c.categories()) {
                    System.out.printf("\t\t%d %.2f %s%n", l.category(), l.confidence(), l.why());
                }
                for (CodeLabel l : c.codes()) {
                    System.out.printf("\t\t%s %s %.2f %s%n", l.code(), l.edition(), l.confidence(), l.why());
                }
            }
        }
    }
}
