package org.klangru.ingest;

/** Why a file was not indexed. Messages are Thai first, English beside. */
public enum FailureReason {
    EMPTY("ไฟล์ว่าง", "empty file"),
    TOO_LARGE("ไฟล์ใหญ่เกินกำหนด", "file larger than the limit"),
    ENCRYPTED("ไฟล์มีการเข้ารหัสหรือตั้งรหัสผ่าน", "encrypted or password-protected"),
    UNSUPPORTED("ไม่รองรับชนิดไฟล์นี้", "unsupported file type"),
    CORRUPT("ไฟล์เสียหายหรืออ่านไม่ได้", "corrupt or unreadable file"),
    NO_TEXT("ไม่พบข้อความในไฟล์ (อาจเป็นภาพสแกนที่ต้องใช้ OCR)", "no text found (a scan that needs OCR?)"),
    /** A scan or an image, or a PDF whose text layer is beyond repair, and OCR cannot run here. */
    NEEDS_OCR("ต้องใช้ OCR อ่านไฟล์นี้ แต่ OCR ใช้ไม่ได้", "needs OCR, which is not available"),
    /** OCR ran out of the file's time; pages read so far are cached and the next run goes on from there. */
    OCR_TIMEOUT("OCR ใช้เวลาเกินกำหนดต่อไฟล์", "OCR took longer than the per-file limit"),
    IO_ERROR("อ่านไฟล์ไม่ได้", "could not read the file");

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
