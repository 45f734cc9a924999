package org.klangru.taxonomy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A stand-in for the real passage splitter, for measuring the classifier on the seed texts: every non-blank line is
 * a passage ({@link #lines}), or lines are joined into paragraphs ({@link #paragraphs}). Headings are the
 * heading-looking lines above a passage ("หมวด 4 ...", "4.1 ก่อนดำเนินการ"), kept as a stack by numbering level.
 */
final class SeedPassages {
    /** The shared data folder, "../shared" from the project root unless -Dklangru.shared says otherwise. */
    static final Path SHARED = Path.of(System.getProperty("klangru.shared", "../shared"));
    static final Path SEEDS = SHARED.resolve("corpus/seeds");
    static final Path DEV_PASSAGES = SHARED.resolve("eval/dev-passages.tsv");

    private static final Pattern HEADING = Pattern.compile(
            "^(?:หมวด(?:ที่)?\\s*[0-9๐-๙]|[0-9]+(?:\\.[0-9]+)*\\.?\\s+\\S|ส่วนที่\\s*[0-9])");
    private static final Pattern LIST_START = Pattern.compile("^(?:[0-9]+[.)]|-|•|\\([0-9]+\\))");

    record Passage(String file, int line, String text, List<String> headings, String title) {
    }

    private SeedPassages() {
    }

    static boolean available() {
        return Files.isDirectory(SEEDS) && Files.isRegularFile(DEV_PASSAGES);
    }

    static List<Path> seedFiles() {
        try (Stream<Path> s = Files.list(SEEDS)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> read(Path p) {
        try {
            return Files.readAllLines(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isHeading(String line) {
        String t = line.strip();
        return t.length() <= 70 && !t.endsWith("|") && HEADING.matcher(t).find();
    }

    /** Numbering level of a heading: หมวด and "4." are 1, "4.1" is 2, "5.2.1" is 3. */
    static int level(String heading) {
        String t = heading.strip();
        if (t.startsWith("หมวด") || t.startsWith("ส่วนที่")) {
            return 1;
        }
        String num = t.split("\\s+")[0].replaceAll("\\.$", "");
        return num.split("\\.").length;
    }

    static String title(List<String> lines) {
        return lines.stream().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
    }

    /** Every non-blank line as a passage, with the heading stack above it. */
    static List<Passage> lines(Path file) {
        List<String> lines = read(file);
        String title = title(lines);
        List<Passage> out = new ArrayList<>();
        List<String> stack = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.isEmpty()) {
                continue;
            }
            if (isHeading(l)) {
                pop(stack, l); // a heading's own stack holds only the levels above it
            }
            out.add(new Passage(file.getFileName().toString(), i + 1, l, List.copyOf(stack), title));
            if (isHeading(l)) {
                push(stack, l);
            }
        }
        return out;
    }

    /**
     * Lines joined into paragraphs: a blank line, a list marker, a heading or a long previous line starts a new
     * paragraph; a bare "3." joins the next line.
     */
    static List<Passage> paragraphs(Path file) {
        List<String> lines = read(file);
        String title = title(lines);
        List<Passage> out = new ArrayList<>();
        List<String> stack = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int start = 0;
        List<String> curHeadings = List.of();
        String prev = "";
        for (int i = 0; i <= lines.size(); i++) {
            String l = i < lines.size() ? lines.get(i).strip() : "";
            boolean bareNumber = prev.matches("[0-9]+\\.?");
            boolean startsNew = l.isEmpty() || (!bareNumber && (LIST_START.matcher(l).find() || isHeading(l)
                    || prev.length() >= 100 || prev.endsWith("|")));
            if (startsNew && cur.length() > 0) {
                out.add(new Passage(file.getFileName().toString(), start + 1, cur.toString(), curHeadings, title));
                cur.setLength(0);
            }
            if (l.isEmpty()) {
                prev = "";
                continue;
            }
            if (cur.length() == 0) {
                start = i;
                if (isHeading(l)) {
                    pop(stack, l);
                }
                curHeadings = List.copyOf(stack);
            } else {
                cur.append(' ');
            }
            cur.append(l);
            if (isHeading(l)) {
                out.add(new Passage(file.getFileName().toString(), start + 1, cur.toString(), curHeadings, title));
                cur.setLength(0);
                push(stack, l);
                prev = "";
                continue;
            }
            prev = l;
        }
        return out;
    }

    private static void push(List<String> stack, String heading) {
        pop(stack, heading);
        stack.add(heading);
    }

    private static void pop(List<String> stack, String heading) {
        int lv = level(heading);
        while (!stack.isEmpty() && level(stack.get(stack.size() - 1)) >= lv) {
            stack.remove(stack.size() - 1);
        }
    }

    static String squash(String s) {
        return s.replaceAll("\\s+", "").replace("\u0e4d\u0e32", "\u0e33");
    }
}
