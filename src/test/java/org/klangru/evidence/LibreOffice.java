package org.klangru.evidence;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * LibreOffice for turning a DOCX into a PDF in tests. Missing on a developer machine: the test is skipped with how to
 * install it; in CI (CI set, or KLANGRU_REQUIRE_LIBREOFFICE) missing fails the test, since .ci/run installs it.
 */
public final class LibreOffice {
    static final String MISSING = "ไม่พบ LibreOffice (soffice): the DOCX-to-PDF check needs it and the Thai fonts; install"
            + " with: sudo apt-get install libreoffice-writer-nogui fonts-thai-tlwg";
    static final long TIMEOUT_SECONDS = 240;

    private LibreOffice() {}

    static Optional<Path> find() {
        List<Path> candidates = new ArrayList<>();
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                candidates.add(Path.of(dir, "soffice"));
                candidates.add(Path.of(dir, "libreoffice"));
            }
        }
        candidates.add(Path.of("/usr/bin/soffice"));
        candidates.add(Path.of("/usr/lib/libreoffice/program/soffice"));
        candidates.add(Path.of("/Applications/LibreOffice.app/Contents/MacOS/soffice"));
        return candidates.stream().filter(Files::isExecutable).findFirst();
    }

    static boolean required() {
        String ci = System.getenv("CI");
        return (ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false"))
                || System.getenv("KLANGRU_REQUIRE_LIBREOFFICE") != null;
    }

    /** soffice, or a skip (a failure in CI) saying how to install it. */
    public static Path require() {
        Optional<Path> found = find();
        if (found.isPresent()) {
            return found.get();
        }
        if (required()) {
            throw new AssertionError(MISSING);
        }
        System.err.println("SKIPPED: " + MISSING);
        Assumptions.abort(MISSING);
        throw new IllegalStateException("unreachable");
    }

    /** Converts a DOCX (or PPTX, with LibreOffice Impress) to PDF in {@code outDir} with a private LibreOffice profile; returns the PDF. */
    public static Path toPdf(Path soffice, Path docx, Path outDir) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("klangru-lo-profile");
        Process p = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + profile.toUri(),
                "--headless", "--norestore", "--convert-to", "pdf", "--outdir", outDir.toString(), docx.toString())
                .redirectErrorStream(true).start();
        byte[] log = p.getInputStream().readAllBytes();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("LibreOffice did not finish in " + TIMEOUT_SECONDS + " s");
        }
        String name = docx.getFileName().toString().replaceFirst("\\.[a-z]+$", ".pdf");
        Path pdf = outDir.resolve(name);
        if (p.exitValue() != 0 || !Files.isRegularFile(pdf)) {
            throw new AssertionError("LibreOffice failed (exit " + p.exitValue() + "): "
                    + new String(log, StandardCharsets.UTF_8));
        }
        return pdf;
    }
}
