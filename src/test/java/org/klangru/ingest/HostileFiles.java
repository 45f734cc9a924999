package org.klangru.ingest;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Makes hostile files at test time from the real format samples, so no hostile blob is committed. */
final class HostileFiles {
    private HostileFiles() {}

    private static final String DOCX_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>";
    private static final String DOCX_TAIL = "</w:body></w:document>";

    /** The first half of a real PDF: its cross-reference table and trailer are gone. */
    static void truncatedPdf(Path seed, Path target) throws IOException {
        byte[] all = Files.readAllBytes(seed);
        Files.write(target, Arrays.copyOf(all, all.length / 2));
    }

    /** A real PDF protected with a user password (AES-256), as PDFBox writes it. */
    static void encryptedPdf(Path seed, Path target) throws IOException {
        try (PDDocument doc = Loader.loadPDF(seed.toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(256);
            doc.protect(policy);
            doc.save(target.toFile());
        }
    }

    /** Random bytes under a .pdf name. */
    static void junk(Path target, int bytes) throws IOException {
        byte[] b = new byte[bytes];
        new Random(42).nextBytes(b);
        Files.write(target, b);
    }

    /**
     * A valid DOCX (the seed's parts) whose word/document.xml is {@code inflatedBytes} of one repeated paragraph:
     * a few MB on disk, a gigabyte or more when inflated.
     */
    static void zipBombDocx(Path seed, Path target, long inflatedBytes) throws IOException {
        byte[] para = "<w:p><w:r><w:t>การจัดการความรู้ การจัดการความรู้ การจัดการความรู้</w:t></w:r></w:p>"
                .getBytes(StandardCharsets.UTF_8);
        byte[] chunk = new byte[para.length * 8192];
        for (int i = 0; i < 8192; i++) {
            System.arraycopy(para, 0, chunk, i * para.length, para.length);
        }
        replaceDocumentXml(seed, target, Deflater.BEST_COMPRESSION, out -> {
            out.write(DOCX_HEAD.getBytes(StandardCharsets.UTF_8));
            for (long written = 0; written < inflatedBytes; written += chunk.length) {
                out.write(chunk);
            }
            out.write(DOCX_TAIL.getBytes(StandardCharsets.UTF_8));
        });
    }

    /**
     * A valid DOCX of {@code paragraphs} paragraphs of varied Thai words (not a zip bomb: it compresses about
     * 10:1), large enough that parsing it takes seconds and a DOM of it takes hundreds of MB.
     */
    static void largeDocx(Path seed, Path target, int paragraphs) throws IOException {
        String[] words = {"การจัดการความรู้", "หน่วยงาน", "บุคลากร", "เรียนรู้", "ประสบการณ์", "ชุมชนนักปฏิบัติ",
                "แผนงาน", "ตัวชี้วัด", "ผู้รับบริการ", "กระบวนการ", "นวัตกรรม", "คุณภาพ", "ข้อร้องเรียน", "ยุทธศาสตร์"};
        Random r = new Random(7);
        replaceDocumentXml(seed, target, Deflater.BEST_SPEED, out -> {
            Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write(DOCX_HEAD);
            for (int p = 0; p < paragraphs; p++) {
                w.write("<w:p><w:r><w:t>");
                for (int i = 0; i < 40; i++) {
                    w.write(words[r.nextInt(words.length)]);
                    w.write(i % 7 == 6 ? " " + r.nextInt(100000) + " " : " ");
                }
                w.write("</w:t></w:r></w:p>");
            }
            w.write(DOCX_TAIL);
            w.flush();
        });
    }

    /** XML whose entity names a local file: the file's content must never reach the index. */
    static void externalEntityXml(Path target, String sentence) throws IOException {
        Files.writeString(target, """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE doc [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <doc><title>ทดสอบเอนทิตีภายนอก</title><p>%s</p><p>&secret;</p></doc>
                """.formatted(sentence), StandardCharsets.UTF_8);
    }

    private interface Body {
        void write(OutputStream out) throws IOException;
    }

    private static void replaceDocumentXml(Path seed, Path target, int level, Body body) throws IOException {
        try (InputStream raw = Files.newInputStream(seed); ZipInputStream in = new ZipInputStream(raw);
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            out.setLevel(level);
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("word/document.xml")) {
                    body.write(new java.io.FilterOutputStream(out) {
                        @Override
                        public void write(byte[] b, int off, int len) throws IOException {
                            out.write(b, off, len); // ZipOutputStream's bulk write, not byte by byte
                        }

                        @Override
                        public void close() {
                        }
                    });
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
    }
}
