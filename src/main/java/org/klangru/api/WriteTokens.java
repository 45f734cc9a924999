package org.klangru.api;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.exceptions.ConfigurationException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The tokens the administrator configured, by name. Built at start-up (a bad entry stops the server with a message
 * saying which); looked up in constant time, so the answer time does not tell how much of a guess was right.
 */
@Context
class WriteTokens {
    /** Shorter tokens can be guessed; refuse them rather than run with one. */
    static final int MIN_LENGTH = 20;

    private record Entry(String name, byte[] digest) {}

    private final List<Entry> entries;

    WriteTokens(SecurityConfig config) {
        List<Entry> list = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (String item : config.getTokens()) {
            if (item == null || item.isBlank()) {
                continue;
            }
            int colon = item.indexOf(':');
            if (colon <= 0) {
                throw bad("klangru.security.tokens: รายการต้องเป็น ชื่อ:รหัส (each entry must be name:token), got an entry without a name");
            }
            list.add(entry(item.substring(0, colon).strip(), item.substring(colon + 1).strip(), "klangru.security.tokens", names));
        }
        if (config.getTokensFile() != null) {
            List<String> lines;
            try {
                lines = Files.readAllLines(config.getTokensFile(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw bad("klangru.security.tokens-file: อ่านไฟล์ไม่ได้ (cannot read) " + config.getTokensFile() + ": " + e.getMessage());
            }
            int lineNo = 0;
            for (String line : lines) {
                lineNo++;
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                String[] parts = l.split("\\s+");
                if (parts.length != 2) {
                    throw bad("klangru.security.tokens-file " + config.getTokensFile() + " line " + lineNo
                            + ": ต้องเป็น ชื่อ รหัส (expected 'name token')");
                }
                list.add(entry(parts[0], parts[1], config.getTokensFile() + " line " + lineNo, names));
            }
        }
        this.entries = List.copyOf(list);
        if (config.isReadRequiresToken() && entries.isEmpty()) {
            throw bad("klangru.security.read-requires-token ต้องตั้งรหัสไว้ด้วย มิฉะนั้นไม่มีใครอ่านได้ "
                    + "(read-requires-token needs klangru.security.tokens or tokens-file; otherwise nobody could read)");
        }
    }

    private static Entry entry(String name, String token, String where, Set<String> names) {
        if (name.isEmpty() || !name.matches("[\\p{L}\\p{M}\\p{N}._@-]+")) {
            throw bad(where + ": ชื่อของรหัสไม่ถูกต้อง (token name must be letters, digits, . _ @ -): '" + name + "'");
        }
        if (token.length() < MIN_LENGTH) {
            throw bad(where + ": รหัสของ '" + name + "' สั้นเกินไป ต้องยาวอย่างน้อย " + MIN_LENGTH
                    + " ตัวอักษร (token of '" + name + "' is shorter than " + MIN_LENGTH + " characters)");
        }
        if (!names.add(name)) {
            throw bad(where + ": ชื่อ '" + name + "' ซ้ำ (token name used twice)");
        }
        return new Entry(name, digest(token));
    }

    private static ConfigurationException bad(String message) {
        return new ConfigurationException(message);
    }

    boolean enabled() {
        return !entries.isEmpty();
    }

    /** The name of the token presented, if it is one of ours. Compares with every entry, equal-length digests. */
    Optional<String> nameOf(String presented) {
        byte[] d = digest(presented);
        String found = null;
        for (Entry e : entries) {
            if (MessageDigest.isEqual(e.digest(), d) && found == null) {
                found = e.name();
            }
        }
        return Optional.ofNullable(found);
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
