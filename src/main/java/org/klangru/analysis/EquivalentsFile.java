package org.klangru.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A KM officer's corrections to the learned equivalents ({@code klangru.analysis.equivalents-file}): one pair a
 * line, {@code ธอส. = ธนาคารอาคารสงเคราะห์} adds it, {@code - ทช. = ทางหลวงชนบท} removes a wrong one; {@code #}
 * starts a comment. The short side is an abbreviation or the English term; the kind follows from the forms
 * (Thai against Latin words is a translation, unless the Latin side is an acronym).
 *
 * @param added   pairs to use whatever the collection says
 * @param removed pairs never to use
 */
public record EquivalentsFile(List<Equivalent> added, List<Equivalent> removed) {
    public static final EquivalentsFile NONE = new EquivalentsFile(List.of(), List.of());

    public static EquivalentsFile read(Path file) {
        try {
            return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read equivalents file " + file, e);
        }
    }

    /** @throws IllegalArgumentException naming the file and line of a line that is not a pair */
    public static EquivalentsFile parse(String name, String text) {
        List<Equivalent> added = new ArrayList<>();
        List<Equivalent> removed = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int hash = line.indexOf('#');
            line = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (line.isEmpty()) {
                continue;
            }
            boolean remove = line.startsWith("-");
            if (remove) {
                line = line.substring(1).strip();
            }
            int eq = line.indexOf('=');
            String a = eq < 0 ? "" : line.substring(0, eq).strip();
            String b = eq < 0 ? "" : line.substring(eq + 1).strip();
            if (a.isEmpty() || b.isEmpty() || b.indexOf('=') >= 0 || (a + b).indexOf(',') >= 0) {
                throw new IllegalArgumentException(name + " line " + (i + 1)
                        + ": expected 'SHORT = LONG' or '- SHORT = LONG' (no commas), got: " + lines[i].strip());
            }
            (remove ? removed : added).add(pair(a, b));
        }
        return new EquivalentsFile(List.copyOf(added), List.copyOf(removed));
    }

    /** The file's pairs in its own syntax: what {@link #parse} reads back as these corrections. */
    public String text() {
        StringBuilder out = new StringBuilder();
        added.forEach(e -> out.append(e.shortForm()).append(" = ").append(e.longForm()).append('\n'));
        removed.forEach(e -> out.append("- ").append(e.shortForm()).append(" = ").append(e.longForm()).append('\n'));
        return out.toString();
    }

    private static Equivalent pair(String a, String b) {
        boolean latinA = a.chars().anyMatch(c -> c < 128 && Character.isLetter(c)) && a.chars().noneMatch(EquivalentsFile::thai);
        boolean thaiB = b.chars().anyMatch(EquivalentsFile::thai);
        boolean acronym = a.matches("[A-Z][A-Za-z&]{1,9}") && a.chars().filter(Character::isUpperCase).count() >= 2;
        if (latinA && thaiB && !acronym) {
            return new Equivalent(a.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "), b, Equivalent.Kind.TRANSLATION);
        }
        return new Equivalent(a, b, Equivalent.Kind.ABBREVIATION);
    }

    private static boolean thai(int c) {
        return c >= 0x0E01 && c <= 0x0E5B;
    }
}
