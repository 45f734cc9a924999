package org.klangru.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Starts {@code java -jar klangru.jar serve} on an existing index as an administrator would, and measures the time
 * to the first answer of {@code /api/health} and the memory of the process at rest.
 */
final class ServeStartup {
    record Result(double seconds, double residentMiB, double heapUsedMiB) {}

    static Result measure(Path jar, Path index) throws IOException, InterruptedException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path log = Files.createTempFile("serve", ".log");
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(List.of("java", "-Xmx2g", "-jar", jar.toString(), "serve",
                "--index", index.toString(), "--port", String.valueOf(port)))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
            URI health = URI.create("http://127.0.0.1:" + port + "/api/health");
            long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
            double seconds = -1;
            while (System.nanoTime() < deadline && p.isAlive()) {
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200) {
                        seconds = (System.nanoTime() - t0) / 1e9;
                        break;
                    }
                } catch (IOException notYet) {
                    // not listening yet: poll again
                }
                Thread.sleep(100);
            }
            if (seconds < 0) {
                throw new IOException("serve did not answer; its output: " + Files.readString(log));
            }
            Thread.sleep(5_000); // "at rest": after start-up work such as the first refresh has settled
            return new Result(seconds, resident(p.pid()), heapUsed(p.pid()));
        } finally {
            p.destroy();
            p.waitFor();
            Files.deleteIfExists(log);
        }
    }

    private static double resident(long pid) throws IOException {
        Matcher m = Pattern.compile("VmRSS:\\s+(\\d+) kB").matcher(Files.readString(Path.of("/proc/" + pid + "/status")));
        return m.find() ? Long.parseLong(m.group(1)) / 1024.0 : -1;
    }

    /** Heap in use as the JVM reports it ({@code jcmd GC.heap_info}), or -1 where jcmd is missing. */
    private static double heapUsed(long pid) throws InterruptedException {
        try {
            Process j = new ProcessBuilder("jcmd", String.valueOf(pid), "GC.heap_info").redirectErrorStream(true).start();
            String text = new String(j.getInputStream().readAllBytes());
            j.waitFor();
            Matcher m = Pattern.compile("used (\\d+)K").matcher(text);
            return m.find() ? Long.parseLong(m.group(1)) / 1024.0 : -1;
        } catch (IOException e) {
            return -1;
        }
    }
}
