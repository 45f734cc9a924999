package org.klangru.ingest;

import java.time.Duration;
import java.util.List;

/** What one ingest run did, file by file where something went wrong. */
public record IngestReport(
        int added,
        int updated,
        int unchanged,
        int removed,
        List<Failure> failures,
        int documents,
        long passages,
        Duration elapsed) {

    /** A file that was not indexed, and why. */
    public record Failure(String source, FailureReason reason, String message) {}

    /** Human-readable summary, Thai first. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("นำเข้าเสร็จ (ingest done) ใน %.1f วินาที: เพิ่ม %d, ปรับปรุง %d, ไม่เปลี่ยน %d, ลบ %d, ล้มเหลว %d%n",
                elapsed.toMillis() / 1000.0, added, updated, unchanged, removed, failures.size()));
        sb.append(String.format("  added %d, updated %d, unchanged %d, removed %d, failed %d%n",
                added, updated, unchanged, removed, failures.size()));
        sb.append(String.format("ดัชนีมี %d เอกสาร, %d ข้อความย่อย (index holds %d documents, %d passages)%n",
                documents, passages, documents, passages));
        for (Failure f : failures) {
            sb.append("  ✗ ").append(f.source()).append(" — ").append(f.message()).append('\n');
        }
        return sb.toString();
    }
}
