package org.klangru.ingest.ocr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs the tesseract program, one process per image, with a deadline: at the deadline the process and its
 * children are killed. Thread-safe; processes are independent.
 *
 * <p>Each process is limited to one OpenMP thread ({@code OMP_THREAD_LIMIT=1}): ingestion already runs one file
 * per core, and on the 2-core machine a page took 35–80 s with Tesseract's default threads against 11 s with one
 * (docs/benchmarks.md). Tika's TesseractOCRParser cannot set that variable for its processes.
 */
public final class Tesseract {
    private static final long PROBE_TIMEOUT_SECONDS = 20;
    private static final int MAX_ERROR_CHARS = 400;

    private final String program;
    private final String languages;
    private final int pageSegMode;
    private final AtomicLong runs = new AtomicLong();

    public Tesseract(String program, String languages, int pageSegMode) {
        this.program = program;
        this.languages = languages;
        this.pageSegMode = pageSegMode;
    }

    /** What the probe found: the version line, or why OCR cannot run. */
    public record Probe(boolean ready, String version, String problem) {}

    /**
     * Checks that the program runs and knows every language asked for ({@code tesseract --list-langs}). Never
     * throws: a missing program is a {@link Probe} with a problem.
     */
    public Probe probe() {
        List<String> langs;
        String version;
        try {
            version = run(List.of(program, "--version"), PROBE_TIMEOUT_SECONDS).lines().findFirst().orElse("tesseract").strip();
            langs = run(List.of(program, "--list-langs"), PROBE_TIMEOUT_SECONDS).lines().map(String::strip).toList();
        } catch (IOException e) {
            return new Probe(false, null, "ไม่พบโปรแกรม tesseract (tesseract not found: " + program + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Probe(false, null, "interrupted while checking tesseract");
        }
        Set<String> missing = new LinkedHashSet<>(Arrays.asList(languages.split("\\+")));
        langs.forEach(missing::remove);
        if (!missing.isEmpty()) {
            return new Probe(false, version, "tesseract ไม่มีข้อมูลภาษา (tesseract lacks language data): "
                    + String.join(", ", missing));
        }
        return new Probe(true, version, null);
    }

    /**
     * The text of an image file. A multi-page TIFF gives its pages separated by form feeds.
     *
     * @param dpi           the image's resolution when known (rendered pages), 0 to let Tesseract read or guess it
     * @param deadlineNanos {@link System#nanoTime()} by which the process must have finished
     */
    public String recognize(Path image, int dpi, long deadlineNanos) throws OcrException {
        List<String> cmd = new ArrayList<>(List.of(program, image.toString(), "stdout", "-l", languages,
                "--psm", String.valueOf(pageSegMode)));
        if (dpi > 0) {
            cmd.add("--dpi");
            cmd.add(String.valueOf(dpi));
        }
        Path out = null;
        Path err = null;
        try {
            out = Files.createTempFile("klangru-ocr-", ".txt");
            err = Files.createTempFile("klangru-ocr-", ".err");
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
            pb.environment().put("OMP_THREAD_LIMIT", "1");
            long remaining = deadlineNanos - System.nanoTime();
            if (remaining <= 0) {
                throw new OcrException(OcrException.Kind.TIMEOUT, "no time left for OCR", null);
            }
            Process p;
            try {
                p = pb.start();
            } catch (IOException e) {
                throw new OcrException(OcrException.Kind.UNAVAILABLE, "cannot start " + program + ": " + e.getMessage(), e);
            }
            runs.incrementAndGet();
            try {
                p.getOutputStream().close();
                if (!p.waitFor(remaining, TimeUnit.NANOSECONDS)) {
                    kill(p);
                    throw new OcrException(OcrException.Kind.TIMEOUT, "tesseract killed at the time limit", null);
                }
            } catch (InterruptedException e) {
                kill(p);
                Thread.currentThread().interrupt();
                throw new OcrException(OcrException.Kind.TIMEOUT, "interrupted", e);
            } finally {
                if (p.isAlive()) {
                    kill(p);
                }
            }
            if (p.exitValue() != 0) {
                throw new OcrException(OcrException.Kind.FAILED, "tesseract exit " + p.exitValue() + ": " + tail(err), null);
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new OcrException(OcrException.Kind.FAILED, "tesseract output: " + e.getMessage(), e);
        } finally {
            deleteQuietly(out);
            deleteQuietly(err);
        }
    }

    /** Tesseract processes started so far (for tests and measurements). */
    public long runs() {
        return runs.get();
    }

    private static void kill(Process p) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        try {
            p.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Output of a short command (version, languages), killed after {@code seconds}. */
    private static String run(List<String> cmd, long seconds) throws IOException, InterruptedException {
        Path out = Files.createTempFile("klangru-ocr-", ".probe");
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
            p.getOutputStream().close();
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                kill(p);
                throw new IOException(String.join(" ", cmd) + " did not answer in " + seconds + " s");
            }
            if (p.exitValue() != 0) {
                throw new IOException(String.join(" ", cmd) + " exit " + p.exitValue());
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            deleteQuietly(out);
        }
    }

    private static String tail(Path err) {
        try {
            String s = Files.readString(err, StandardCharsets.UTF_8).strip();
            return s.length() <= MAX_ERROR_CHARS ? s : "…" + s.substring(s.length() - MAX_ERROR_CHARS);
        } catch (IOException e) {
            return "(no error output)";
        }
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // a temp file left behind is not worth failing a file for
            }
        }
    }
}
