package org.klangru.ingest;

import org.klangru.ingest.ocr.OcrEngine;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The main class of an extraction worker JVM ({@link ExtractionWorkerPool}): reads requests on stdin, parses each
 * file with Tika (and OCR) and writes the result on stdout ({@link WorkerProtocol}). Stdout carries only the
 * protocol; logs and anything a library prints go to stderr. The worker exits when its stdin closes or its
 * parent process ends, so it never outlives the ingest that started it.
 */
public final class ExtractionWorker {
    private ExtractionWorker() {}

    public static void main(String[] args) {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16));
        System.setOut(System.err); // a parser that prints must not corrupt the protocol
        // a parent killed with SIGKILL cannot close our stdin while we are busy parsing: watch it as well
        ProcessHandle.current().parent().ifPresent(p -> p.onExit().thenRun(() -> Runtime.getRuntime().halt(0)));
        DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in), 1 << 16));
        try {
            WorkerProtocol.Settings settings = WorkerProtocol.readSettings(in);
            TikaExtractor extractor = new TikaExtractor(settings.limits(), new OcrEngine(settings.ocr()));
            extractor.warmUp();
            out.writeByte(WorkerProtocol.READY);
            out.flush();
            while (true) {
                String path;
                try {
                    path = WorkerProtocol.readString(in);
                } catch (EOFException e) {
                    break; // the parent is done with us
                }
                String hash = WorkerProtocol.readString(in);
                serve(extractor, Path.of(path), hash.isEmpty() ? null : hash, out);
            }
        } catch (EOFException e) {
            // the parent closed the pipe before sending settings
        } catch (IOException e) {
            System.err.println("extraction worker: " + e);
            System.exit(1);
        }
        System.exit(0);
    }

    private static void serve(TikaExtractor extractor, Path file, String hash, DataOutputStream out) throws IOException {
        try {
            ExtractedDocument d = extractor.parseHere(file, hash, () -> {
                try {
                    out.writeByte(WorkerProtocol.OCR_STARTED);
                    out.flush();
                } catch (IOException e) {
                    throw new ProtocolBroken(e);
                }
            });
            WorkerProtocol.writeDocument(out, d);
        } catch (ExtractionException e) {
            WorkerProtocol.writeFailure(out, e.reason(), e.getMessage());
        } catch (ProtocolBroken e) {
            throw e.cause; // our stdout is gone
        } catch (RuntimeException | StackOverflowError e) {
            WorkerProtocol.writeFailure(out, FailureReason.CORRUPT, FailureReason.CORRUPT.describe(e.toString()));
        }
    }

    /** Stdout failed inside a parse callback; distinct from anything a parser throws. */
    private static final class ProtocolBroken extends RuntimeException {
        final IOException cause;

        ProtocolBroken(IOException cause) {
            super(cause);
            this.cause = cause;
        }
    }
}
