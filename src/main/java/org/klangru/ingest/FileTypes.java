package org.klangru.ingest;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Detects what a file really is from its bytes (the name only refines a container, e.g. a ZIP that is a DOCX) and
 * says whether that type is allowed. Thread-safe.
 */
public final class FileTypes {
    private final Set<String> allowed;
    private final MimeTypes registry = MimeTypes.getDefaultMimeTypes();
    /** Tika's full detector (with the OLE2 and ZIP container detectors) is built on first use: it takes a moment. */
    private volatile Detector detector;

    public FileTypes(List<String> allowedTypes) {
        this.allowed = allowedTypes.stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    public boolean allowed(DetectedType type) {
        return allowed.contains(type.mediaType());
    }

    public DetectedType detect(Path file, String name) throws IOException {
        MediaType type = detect(file, new Metadata());
        if (name != null && !name.isBlank() && !type.equals(MediaType.OCTET_STREAM)) {
            // the name may only narrow what the bytes say (a ZIP to a DOCX, plain text to HTML), never replace it:
            // bytes of unknown kind named .pdf stay application/octet-stream
            Metadata named = new Metadata();
            named.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
            MediaType withName = detect(file, named);
            if (registry.getMediaTypeRegistry().isSpecializationOf(withName, type)) {
                type = withName;
            }
        }
        String base = type.toString().toLowerCase(Locale.ROOT);
        List<String> extensions;
        try {
            extensions = registry.forName(base).getExtensions();
        } catch (MimeTypeException e) {
            extensions = List.of();
        }
        return new DetectedType(base, extensions);
    }

    private MediaType detect(Path file, Metadata metadata) throws IOException {
        try (TikaInputStream in = TikaInputStream.get(file)) {
            return detector().detect(in, metadata).getBaseType();
        }
    }

    private Detector detector() {
        Detector d = detector;
        if (d == null) {
            synchronized (this) {
                d = detector;
                if (d == null) {
                    detector = d = TikaConfig.getDefaultConfig().getDetector();
                }
            }
        }
        return d;
    }
}
