package org.klangru;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
}
