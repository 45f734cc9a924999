package org.klangru.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Refuses a zip container (DOCX, XLSX, ODT, EPUB…) whose central directory declares far more unpacked bytes than
 * the file holds, before a parser inflates it: POI buffers whole parts in memory, so a 4 MB DOCX of 1 GB text
 * otherwise costs a worker's whole heap and tens of seconds. The ratio is POI's own default (1 %); a container
 * that lies about its sizes still meets the worker's heap and time limits.
 */
final class ZipBombCheck {
    /** Packed-to-unpacked ratio below which a large container is refused (POI's ZipSecureFile default). */
    static final double MIN_RATIO = 0.01;
    /** Containers that unpack to less than this are never refused for their ratio. */
    static final long GRACE_BYTES = 100L << 20;

    private ZipBombCheck() {}

    static void check(Path file, long fileSize) throws ExtractionException {
        if (!looksLikeZip(file)) {
            return;
        }
        long unpacked = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                long size = e.nextElement().getSize();
                if (size > 0) {
                    unpacked += size;
                }
            }
        } catch (IOException | RuntimeException e) {
            return; // not a readable zip: the parser reports what it is
        }
        if (unpacked > GRACE_BYTES && fileSize < unpacked * MIN_RATIO) {
            throw new ExtractionException(FailureReason.ZIP_BOMB,
                    String.format("%,d → %,d bytes", fileSize, unpacked), null);
        }
    }

    private static boolean looksLikeZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        } catch (IOException e) {
            return false;
        }
    }
}
