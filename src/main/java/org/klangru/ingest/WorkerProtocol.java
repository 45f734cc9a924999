package org.klangru.ingest;

import org.klangru.ingest.ocr.OcrSettings;
import org.klangru.passage.Block;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The binary protocol between the ingest process and an {@link ExtractionWorker} on the worker's stdin and
 * stdout. The parent first sends the settings; the worker answers {@link #READY} once Tika is loaded. Then,
 * per file: a request (path, content hash) and frames back: any number of {@link #OCR_STARTED}, then one
 * {@link #DOCUMENT} or {@link #FAILURE}.
 */
final class WorkerProtocol {
    static final byte READY = 'R';
    /** The file's own text is parsed and OCR begins: OCR runs under its own time limit. */
    static final byte OCR_STARTED = 'O';
    static final byte DOCUMENT = 'D';
    static final byte FAILURE = 'F';

    /** A frame's string longer than this means the stream is out of step (characters are capped far below). */
    private static final int MAX_STRING_BYTES = 256 << 20;

    private WorkerProtocol() {}

    static void writeSettings(DataOutputStream out, ExtractionLimits limits, OcrSettings ocr) throws IOException {
        out.writeLong(limits.maxFileBytes());
        out.writeInt(limits.maxCharsPerFile());
        out.writeBoolean(ocr.enabled());
        writeString(out, ocr.tesseract());
        writeString(out, ocr.languages());
        out.writeInt(ocr.dpi());
        out.writeInt(ocr.pageSegMode());
        out.writeInt(ocr.pageLimit());
        out.writeLong(ocr.timeout().toMillis());
        writeString(out, ocr.cacheDir() == null ? "" : ocr.cacheDir().toString());
        out.flush();
    }

    record Settings(ExtractionLimits limits, OcrSettings ocr) {}

    static Settings readSettings(DataInputStream in) throws IOException {
        ExtractionLimits limits = new ExtractionLimits(in.readLong(), in.readInt());
        boolean enabled = in.readBoolean();
        String tesseract = readString(in);
        String languages = readString(in);
        int dpi = in.readInt();
        int psm = in.readInt();
        int pageLimit = in.readInt();
        Duration timeout = Duration.ofMillis(in.readLong());
        String cache = readString(in);
        return new Settings(limits, new OcrSettings(enabled, tesseract, languages, dpi, psm, pageLimit, timeout,
                cache.isEmpty() ? null : Path.of(cache)));
    }

    static void writeRequest(DataOutputStream out, Path file, String contentHash) throws IOException {
        writeString(out, file.toAbsolutePath().toString());
        writeString(out, contentHash == null ? "" : contentHash);
        out.flush();
    }

    static void writeDocument(DataOutputStream out, ExtractedDocument d) throws IOException {
        out.writeByte(DOCUMENT);
        writeString(out, d.title());
        writeString(out, d.mediaType());
        out.writeBoolean(d.truncated());
        out.writeInt(d.ocrPages().size());
        for (int p : d.ocrPages()) {
            out.writeInt(p);
        }
        out.writeInt(d.blocks().size());
        for (Block b : d.blocks()) {
            out.writeByte(b.kind().ordinal());
            out.writeInt(b.level());
            out.writeInt(b.page());
            writeString(out, b.text());
        }
        out.flush();
    }

    static ExtractedDocument readDocument(DataInputStream in) throws IOException {
        String title = readString(in);
        String mediaType = readString(in);
        boolean truncated = in.readBoolean();
        int pageCount = in.readInt();
        Set<Integer> ocrPages = new TreeSet<>();
        for (int i = 0; i < pageCount; i++) {
            ocrPages.add(in.readInt());
        }
        int n = in.readInt();
        Block.Kind[] kinds = Block.Kind.values();
        List<Block> blocks = new ArrayList<>(Math.min(n, 1 << 16));
        for (int i = 0; i < n; i++) {
            Block.Kind kind = kinds[in.readByte()];
            int level = in.readInt();
            int page = in.readInt();
            blocks.add(new Block(kind, readString(in), level, page));
        }
        return new ExtractedDocument(title, mediaType, blocks, truncated, ocrPages);
    }

    static void writeFailure(DataOutputStream out, FailureReason reason, String message) throws IOException {
        out.writeByte(FAILURE);
        writeString(out, reason.name());
        writeString(out, message == null ? reason.describe(null) : message);
        out.flush();
    }

    static ExtractionException readFailure(DataInputStream in) throws IOException {
        String reason = readString(in);
        String message = readString(in);
        try {
            return ExtractionException.described(FailureReason.valueOf(reason), message);
        } catch (IllegalArgumentException e) {
            throw new IOException("unknown failure reason from a worker: " + reason, e);
        }
    }

    static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    static String readString(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_STRING_BYTES) {
            throw new IOException("worker stream out of step (string of " + n + " bytes)");
        }
        byte[] b = new byte[n];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }
}
