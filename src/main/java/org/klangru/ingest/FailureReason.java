package org.klangru.ingest;

/** Why a file was not indexed. Messages are Thai first, English beside. */
public enum FailureReason {
    EMPTY("ไฟล์ว่าง", "empty file"),
    TOO_LARGE("ไฟล์ใหญ่เกินกำหนด", "file larger than the limit"),
    /** A zip container (DOCX, XLSX, ODT…) that unpacks to over 100 times its size and over 100 MB. */
    ZIP_BOMB("ไฟล์บีบอัดที่ขยายแล้วใหญ่ผิดปกติ (อาจเป็น zip bomb)", "unpacks to far more than its size (a zip bomb?)"),
    ENCRYPTED("ไฟล์มีการเข้ารหัสหรือตั้งรหัสผ่าน", "encrypted or password-protected"),
    UNSUPPORTED("ไม่รองรับชนิดไฟล์นี้", "unsupported file type"),
    CORRUPT("ไฟล์เสียหายหรืออ่านไม่ได้", "corrupt or unreadable file"),
    NO_TEXT("ไม่พบข้อความในไฟล์ (อาจเป็นภาพสแกนที่ต้องใช้ OCR)", "no text found (a scan that needs OCR?)"),
    /** A scan or an image, or a PDF whose text layer is beyond repair, and OCR cannot run here. */
    NEEDS_OCR("ต้องใช้ OCR อ่านไฟล์นี้ แต่ OCR ใช้ไม่ได้", "needs OCR, which is not available"),
    /** OCR ran out of the file's time; pages read so far are cached and the next run goes on from there. */
    OCR_TIMEOUT("OCR ใช้เวลาเกินกำหนดต่อไฟล์", "OCR took longer than the per-file limit"),
    IO_ERROR("อ่านไฟล์ไม่ได้", "could not read the file"),
    /** The parser ran past klangru.ingest.timeout-seconds; its worker process was killed. */
    TIMEOUT("อ่านไฟล์ใช้เวลาเกินกำหนด จึงหยุดอ่าน", "parsing took longer than the per-file limit and was stopped"),
    /** The parser ran out of the worker's heap (klangru.ingest.worker-heap-mb); its worker process was replaced. */
    OUT_OF_MEMORY("อ่านไฟล์ใช้หน่วยความจำเกินกำหนด", "parsing ran out of the worker's memory"),
    /** The worker process reading the file died (a parser bug or a crash of the JVM); it was replaced. */
    PARSER_CRASH("ตัวอ่านไฟล์หยุดทำงานกะทันหันขณะอ่านไฟล์นี้", "the parser process crashed on this file"),
    /** No worker process could start (the machine, not the file): tried again on the next run. */
    WORKER_UNAVAILABLE("เริ่มตัวอ่านไฟล์ไม่ได้", "the extraction worker process could not start");

    private final String thai;
    private final String english;

    FailureReason(String thai, String english) {
        this.thai = thai;
        this.english = english;
    }

    public String describe(String detail) {
        String base = thai + " (" + english + ")";
        return detail == null || detail.isBlank() ? base : base + ": " + detail;
    }
}
