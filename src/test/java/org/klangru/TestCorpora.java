package org.klangru;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Copies test corpora from the test resources into a fresh folder, so tests may change them. */
public final class TestCorpora {
    private TestCorpora() {}

    /** A new temporary folder; for static fields of tests that need one before JUnit's @TempDir exists. */
    public static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies single resources (absolute resource paths) into {@code target}, keeping their file names. */
    public static Path copyFiles(Path target, String... resources) {
        try {
            Files.createDirectories(target);
            for (String r : resources) {
                Path source = Path.of(TestCorpora.class.getResource(r).toURI());
                Files.copy(source, target.resolve(source.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Path copy(String resourceFolder, Path target) {
        try {
            Path source = Path.of(TestCorpora.class.getResource("/" + resourceFolder).toURI());
            try (Stream<Path> files = Files.walk(source)) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    Path dest = target.resolve(source.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(dest);
                    } else {
                        Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * {@code count} news-like Thai text files made from the test corpora's real texts (each with its own numbered
     * heading and a different pair of texts), in folders of 200 under {@code target/news}: a bulk corpus that needs
     * nothing outside the repository.
     */
    public static Path newsLike(Path target, int count) {
        try {
            Path sources = tempDir("klangru-news-src");
            List<String> texts = new ArrayList<>();
            for (String folder : List.of("web-corpus", "evidence-corpus", "corpus-e2e")) {
                Path copy = copy(folder, sources.resolve(folder));
                try (Stream<Path> s = Files.walk(copy)) {
                    for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                        texts.add(Files.readString(p, StandardCharsets.UTF_8));
                    }
                }
            }
            for (int i = 0; i < count; i++) {
                Path folder = Files.createDirectories(target.resolve(String.format("news/%02d", i / 200)));
                String body = "ข่าวประชาสัมพันธ์ฉบับที่ " + (i + 1) + "\n\n" + texts.get(i % texts.size()) + "\n\n"
                        + texts.get((i * 7 + 3) % texts.size());
                Files.writeString(folder.resolve(String.format("news-%05d.txt", i)), body, StandardCharsets.UTF_8);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
