package org.klangru.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable ids and content hashes. */
public final class Fingerprints {
    private Fingerprints() {}

    /** A document's id: the first 16 hex digits of SHA-256 of its corpus-relative path, stable across runs. */
    public static String documentId(String relativeSource) {
        return HexFormat.of().formatHex(sha256().digest(relativeSource.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
    }

    public static String contentHash(Path file) throws IOException {
        MessageDigest md = sha256();
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
