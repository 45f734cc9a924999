package org.klangru.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.HttpRequest;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.klangru.index.IndexConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.Principal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Appends one JSON line per write attempt: when, who (the token's name, never the token), from where, what, on
 * what, and how it ended. Each line is flushed at once, so the file is complete even after a crash.
 */
@Singleton
class AuditLog {
    /** Set on a request whose controller wrote its own lines (an upload writes one per file). */
    static final String AUDITED = "klangru.audited";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private Writer out;

    AuditLog(AuditConfig config, IndexConfig index) {
        this.file = config.getFile() != null ? config.getFile() : index.getDir().resolve("audit.log");
    }

    Path file() {
        return file;
    }

    void record(HttpRequest<?> request, String action, String target, String result, String detail) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("time", Instant.now().toString());
        line.put("user", request.getUserPrincipal().map(Principal::getName).orElse(null));
        line.put("remote", request.getRemoteAddress().getAddress() == null
                ? request.getRemoteAddress().getHostString() : request.getRemoteAddress().getAddress().getHostAddress());
        line.put("action", action);
        line.put("target", target);
        line.put("result", result);
        if (detail != null) {
            line.put("detail", detail);
        }
        request.setAttribute(AUDITED, Boolean.TRUE);
        try {
            write(JSON.writeValueAsString(line));
        } catch (IOException e) {
            throw new UncheckedIOException("ไม่สามารถเขียนบันทึกการตรวจสอบ (cannot write the audit log) " + file, e);
        }
    }

    private synchronized void write(String json) throws IOException {
        if (out == null) {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        out.write(json);
        out.write('\n');
        out.flush();
    }

    @PreDestroy
    synchronized void close() throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
    }
}
