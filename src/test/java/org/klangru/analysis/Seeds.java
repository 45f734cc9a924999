package org.klangru.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The five seed documents of ../shared/corpus/seeds, as paragraphs (non-blank lines). */
final class Seeds {
    static final Path DIR = Path.of("..", "shared", "corpus", "seeds");

    private Seeds() {}

    static boolean present() {
        return Files.isDirectory(DIR);
    }

    static List<String> paragraphs() {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        out.add(line.strip());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
