package org.klangru.ingest;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.klangru.ingest.ocr.OcrEngine;
import org.klangru.passage.Block;
import org.klangru.text.ThaiTextRepair;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a file into structural blocks of repaired Thai text with Tika. Thread-safe.
 *
 * <p>Images, and PDF pages without a usable text layer, are read by OCR when an {@link OcrEngine} can run
 * ({@link OcrStep}).
 *
 * <p>Every failure becomes an {@link ExtractionException} with a reason a person can act on; nothing
 * escapes as an unchecked exception from a bad file.
 *
 * <p>With {@link ExtractionIsolation.Mode#PROCESS} Tika (and OCR) run in {@link ExtractionWorkerPool worker JVMs},
 * so a parser that hangs or exhausts memory costs one worker, not this process. Plain UTF-8 text stays in this
 * process: it has no parser that could hang, and its size is bounded by {@code max-file-bytes}.
 * The constructors without an {@link ExtractionIsolation} parse in this process.
 */
public final class TikaExtractor implements AutoCloseable {
    private static final int MAX_TITLE_CHARS = 160;

    private final ExtractionLimits limits;
    private final OcrStep ocr;
    /** Null when parsing runs in this process. */
    private final ExtractionWorkerPool workers;
    /** Loading every Tika parser takes seconds; a run over unchanged or plain-text files never needs them. */
    private volatile AutoDetectParser parser;

    /** An extractor without OCR: scans are reported as needing it. */
    public TikaExtractor(ExtractionLimits limits) {
        this(limits, OcrEngine.disabled());
    }

    public TikaExtractor(ExtractionLimits limits, OcrEngine ocr) {
        this(limits, ocr, ExtractionIsolation.IN_PROCESS);
    }

    public TikaExtractor(ExtractionLimits limits, OcrEngine ocr, ExtractionIsolation isolation) {
        this.limits = limits;
        this.ocr = new OcrStep(ocr);
        this.workers = isolation.isolated() ? new ExtractionWorkerPool(limits, ocr.settings(), isolation) : null;
    }

    /** Stops the worker processes, if any. */
    @Override
    public void close() {
        if (workers != null) {
            workers.close();
        }
    }

    /** Loads Tika's parsers now rather than on the first file (a worker does this before saying it is ready). */
    void warmUp() {
        parser();
    }

    private AutoDetectParser parser() {
        AutoDetectParser p = parser;
        if (p == null) {
            synchronized (this) {
                p = parser;
                if (p == null) {
                    try (InputStream config = TikaExtractor.class.getResourceAsStream("tika-config.xml")) {
                        parser = p = new AutoDetectParser(new TikaConfig(config));
                    } catch (IOException | TikaException | SAXException e) {
                        throw new IllegalStateException("Tika configuration tika-config.xml failed to load", e);
                    }
                }
            }
        }
        return p;
    }

    public ExtractedDocument extract(Path file) throws ExtractionException {
        return extract(file, null);
    }

    /**
     * True when a file that failed for {@code reason} may now succeed although it has not changed: it needed OCR
     * (or timed out in it) and OCR can run, or no worker process could start to read it.
     */
    public boolean worthRetrying(FailureReason reason) {
        return reason == FailureReason.WORKER_UNAVAILABLE || ocr.worthRetrying(reason);
    }

    /** @param contentHash SHA-256 of the file when the caller has it (the OCR cache's key); null to compute it if needed */
    public ExtractedDocument extract(Path file, String contentHash) throws ExtractionException {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new ExtractionException(FailureReason.IO_ERROR, e.getMessage(), e);
        }
        if (size == 0) {
            throw new ExtractionException(FailureReason.EMPTY, null, null);
        }
        if (size > limits.maxFileBytes()) {
            throw new ExtractionException(FailureReason.TOO_LARGE,
                    size + " > " + limits.maxFileBytes() + " bytes (klangru.ingest.max-file-bytes)", null);
        }
        Optional<String> plain = PlainText.readUtf8(file, limits.maxCharsPerFile());
        if (plain.isPresent()) {
            List<Block> blocks = repaired(List.of(Block.paragraph(plain.get())), "text/plain");
            if (blocks.isEmpty()) {
                throw new ExtractionException(FailureReason.NO_TEXT, "text/plain", null);
            }
            blocks = HeadLines.clean(blocks);
            return new ExtractedDocument(chooseTitle(null, null, blocks, file), "text/plain", blocks,
                    plain.get().length() >= limits.maxCharsPerFile());
        }
        if (workers != null) {
            return workers.extract(file, contentHash);
        }
        return parseHere(file, contentHash, () -> {});
    }

    /**
     * Tika, Thai repair and OCR in this JVM.
     *
     * @param beforeOcr called when the file's own text is parsed and the OCR step starts
     */
    ExtractedDocument parseHere(Path file, String contentHash, Runnable beforeOcr) throws ExtractionException {
        try {
            ZipBombCheck.check(file, Files.size(file));
        } catch (IOException e) {
            throw new ExtractionException(FailureReason.IO_ERROR, e.getMessage(), e);
        }
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        BlockCollector collector = new BlockCollector(limits.maxCharsPerFile());
        try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
            parser().parse(in, collector, metadata, new ParseContext());
        } catch (EncryptedDocumentException e) {
            throw new ExtractionException(FailureReason.ENCRYPTED, null, e);
        } catch (ZeroByteFileException e) {
            throw new ExtractionException(FailureReason.EMPTY, null, e);
        } catch (TikaException | SAXException | RuntimeException e) {
            throw new ExtractionException(FailureReason.CORRUPT, rootMessage(e), e);
        } catch (IOException e) {
            throw new ExtractionException(FailureReason.IO_ERROR, e.getMessage(), e);
        } catch (OutOfMemoryError | StackOverflowError e) {
            // a parser blew up on a hostile file; the JVM is still usable once its garbage is gone
            throw new ExtractionException(FailureReason.CORRUPT, e.getClass().getSimpleName(), null);
        }
        String mediaType = MediaType.parse(String.valueOf(metadata.get(Metadata.CONTENT_TYPE))).getBaseType().toString();
        List<Block> blocks = repaired(collector.blocks(), mediaType);
        Set<Integer> ocrPages = Set.of();
        if (ocr.applies(mediaType)) {
            beforeOcr.run();
            Integer pages = metadata.getInt(PagedText.N_PAGES);
            // text cut at the character limit: pages after the cut are not "without text"
            int known = pages == null || collector.truncated() ? 0 : pages;
            OcrStep.Result read = ocr.apply(file, contentHash, mediaType, blocks, known);
            blocks = read.blocks();
            ocrPages = read.ocrPages();
        }
        if (blocks.isEmpty()) {
            boolean supported = parser().getParsers().containsKey(MediaType.parse(mediaType));
            throw supported
                    ? new ExtractionException(FailureReason.NO_TEXT, mediaType, null)
                    : new ExtractionException(FailureReason.UNSUPPORTED, mediaType, null);
        }
        // after OCR, so that scanned pages with a scraped head are cleaned too
        blocks = HeadLines.clean(blocks);
        String title = chooseTitle(metadata.get(TikaCoreProperties.TITLE), collector.htmlTitle(), blocks, file);
        return new ExtractedDocument(title, mediaType, blocks, collector.truncated(), ocrPages);
    }

    /**
     * Repairs Thai text in every block. In PDFs a line break inside a paragraph is layout, not structure,
     * so what repair leaves of it becomes a space.
     */
    private static List<Block> repaired(List<Block> raw, String mediaType) {
        boolean layoutLines = mediaType.equals("application/pdf");
        List<Block> out = new ArrayList<>(raw.size());
        for (Block b : raw) {
            String text = ThaiTextRepair.repair(b.text());
            if (layoutLines && b.kind() == Block.Kind.PARAGRAPH) {
                text = text.replace('\n', ' ');
            }
            if (!text.isBlank()) {
                out.add(new Block(b.kind(), text, b.level(), b.page()));
            }
        }
        return out;
    }

    private static String chooseTitle(String metaTitle, String htmlTitle, List<Block> blocks, Path file) {
        for (String candidate : new String[] {metaTitle, htmlTitle}) {
            String t = cleanTitle(candidate);
            if (t != null) {
                return t;
            }
        }
        for (Block b : blocks) {
            if (b.kind() == Block.Kind.HEADING) {
                return shorten(ThaiTextRepair.repair(b.text()));
            }
        }
        for (Block b : blocks) {
            for (String line : b.text().split("\n")) {
                if (!line.isBlank()) {
                    return shorten(line.strip());
                }
            }
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String cleanTitle(String t) {
        if (t == null) {
            return null;
        }
        String s = ThaiTextRepair.repair(t).replaceFirst("^Microsoft (Word|PowerPoint|Excel) - ", "").strip();
        if (s.isEmpty() || s.equalsIgnoreCase("untitled") || s.matches("(?i).*\\.(docx?|pdf|odt|rtf)$")) {
            return null;
        }
        return shorten(s);
    }

    private static String shorten(String s) {
        String one = s.replace('\n', ' ').strip();
        return one.length() <= MAX_TITLE_CHARS ? one : one.substring(0, MAX_TITLE_CHARS).strip() + "…";
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String msg = t.getMessage();
        return t.getClass().getSimpleName() + (msg == null ? "" : ": " + msg.lines().findFirst().orElse(""));
    }
}
