package org.klangru.cli;

import org.klangru.ingest.IngestProgress;

import java.io.PrintStream;

/**
 * Shows ingest progress on the terminal: files, files/s, MB/s, failures and time left. Rewrites one line
 * on a console; prints a line every few seconds when the output is a log file.
 */
final class ProgressPrinter implements IngestProgress {
    private final PrintStream out;
    private final boolean console;
    private final long intervalNanos;
    private final long started = System.nanoTime();
    private long lastPrint;
    private boolean finishedShown;

    ProgressPrinter(PrintStream out, boolean console) {
        this.out = out;
        this.console = console;
        this.intervalNanos = console ? 500_000_000L : 5_000_000_000L;
    }

    @Override
    public void update(int done, int total, long bytesDone, long bytesTotal, int failed) {
        long now = System.nanoTime();
        boolean finished = done == total;
        if (finished ? finishedShown : now - lastPrint < intervalNanos) {
            return; // throttled, or the last line is already out
        }
        finishedShown = finished;
        lastPrint = now;
        double secs = Math.max(1e-3, (now - started) / 1e9);
        double mbPerSec = bytesDone / 1048576.0 / secs;
        long etaSecs = bytesDone == 0 ? -1 : Math.round((bytesTotal - bytesDone) / (bytesDone / secs));
        String line = String.format("%d/%d ไฟล์ (files)  %.1f ไฟล์/วินาที  %.1f MB/s  ล้มเหลว (failed) %d  เหลือ (ETA) %s",
                done, total, done / secs, mbPerSec, failed, etaSecs < 0 ? "-" : formatSeconds(etaSecs));
        if (console) {
            out.print("\r" + line + "   ");
            if (finished) {
                out.println();
            }
        } else {
            out.println(line);
        }
        out.flush();
    }

    static String formatSeconds(long s) {
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String.format("%d:%02d", s / 60, s % 60);
    }
}
