package org.klangru.ingest;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A file name a client sent, made safe to save: no folder part, NFC, no control or invisible format characters, no
 * characters that common file systems refuse, not hidden, not too long, and ending in the extension of the type the
 * bytes really are. Thai letters and spaces stay as they are.
 */
public final class SafeFileName {
    private SafeFileName() {}

    /** Leaves room under the usual 255-byte limit for a " (999)" suffix and the extension. */
    static final int MAX_BASE_BYTES = 180;
    private static final Pattern ILLEGAL = Pattern.compile("[<>:\"/\\\\|?*]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Set<String> WINDOWS_DEVICES = Set.of("con", "prn", "aux", "nul",
            "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");
    /** When nothing of the name is left. */
    static final String FALLBACK = "เอกสาร";

    /**
     * @param original   the name as sent (may hold a path, either separator, anything)
     * @param extensions extensions of the detected type, the preferred one first, each with its dot ({@code .pdf})
     */
    public static String of(String original, java.util.List<String> extensions) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC);
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints().filter(cp -> {
            int type = Character.getType(cp);
            return type != Character.CONTROL && type != Character.FORMAT && type != Character.UNASSIGNED
                    && type != Character.PRIVATE_USE && type != Character.SURROGATE;
        }).forEach(kept::appendCodePoint);
        name = ILLEGAL.matcher(kept).replaceAll("_");
        name = SPACES.matcher(name).replaceAll(" ").strip();

        String base = name;
        String ext = "";
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            base = name.substring(0, dot);
            ext = name.substring(dot).toLowerCase(Locale.ROOT);
        }
        if (!extensions.isEmpty() && !extensions.contains(ext)) {
            // the name's extension says another type than the bytes: keep it in the name, add the true one
            base = name;
            ext = extensions.get(0);
        } else if (extensions.isEmpty()) {
            base = name;
            ext = "";
        }
        base = trimDotsAndSpaces(base);
        base = truncateUtf8(base, MAX_BASE_BYTES);
        base = trimDotsAndSpaces(base);
        if (base.isEmpty()) {
            base = FALLBACK;
        }
        if (WINDOWS_DEVICES.contains(base.toLowerCase(Locale.ROOT))) {
            base = "_" + base;
        }
        return base + ext;
    }

    /** Leading dots would hide the file; trailing dots and spaces vanish on Windows. */
    private static String trimDotsAndSpaces(String s) {
        int start = 0, end = s.length();
        while (start < end && (s.charAt(start) == '.' || s.charAt(start) == ' ')) {
            start++;
        }
        while (end > start && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == ' ')) {
            end--;
        }
        return s.substring(start, end);
    }

    private static String truncateUtf8(String s, int maxBytes) {
        if (s.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
            return s;
        }
        StringBuilder out = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + n > maxBytes) {
                break;
            }
            out.appendCodePoint(cp);
            bytes += n;
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** {@code name (n).ext}: the n-th candidate when {@code name.ext} is taken. */
    public static String numbered(String fileName, int n) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0
                ? fileName.substring(0, dot) + " (" + n + ")" + fileName.substring(dot)
                : fileName + " (" + n + ")";
    }
}
