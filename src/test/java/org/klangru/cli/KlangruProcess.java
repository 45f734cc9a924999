package org.klangru.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs {@code klangru} as a real child JVM (this test run's classpath, main class {@link KlangruMain}), its output in
 * files so that a full pipe never blocks it.
 */
final class KlangruProcess {
    final Process process;
    final Path out;
    final Path err;

    private KlangruProcess(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    /** @param settings {@code name=value} settings passed as system properties */
    static KlangruProcess start(Path logs, String name, List<String> settings, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx1g");
        cmd.add("-Dfile.encoding=UTF-8");
        for (String s : settings) {
            cmd.add("-D" + s);
        }
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(KlangruMain.class.getName());
        cmd.addAll(List.of(args));
        Files.createDirectories(logs);
        Path out = logs.resolve(name + ".out");
        Path err = logs.resolve(name + ".err");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        return new KlangruProcess(p, out, err);
    }

    /** Waits for the end; the exit status. */
    int await() throws InterruptedException {
        return process.waitFor();
    }

    String out() throws IOException {
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    String err() throws IOException {
        return Files.readString(err, StandardCharsets.UTF_8);
    }
}
