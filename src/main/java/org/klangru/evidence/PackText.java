package org.klangru.evidence;

import java.util.List;
import java.util.stream.Collectors;

/** Thai phrases the DOCX and Markdown writers share, so that both say the same thing. */
final class PackText {
    static final String CONTENTS = "สารบัญ (Contents)";
    static final String COVERAGE = "ตารางสรุปความครอบคลุมของหลักฐาน (Coverage)";
    static final String NOTES = "หมายเหตุ (Notes)";
    static final String OPEN_LINK = "เปิดในคลังรู้";
    static final String[] TABLE_HEADER = {"หัวข้อ", "ข้อความ", "เอกสาร", "ระดับหลักฐาน",
        "สิ่งที่ยังขาด / เอกสารที่ควรเพิ่ม"};
    static final String TABLE_LEGEND = "คอลัมน์ (columns): หัวข้อ = item · ข้อความ = passages found · เอกสาร = documents"
            + " they come from · ระดับหลักฐาน = strength · สิ่งที่ยังขาด = the gap and the kind of document that fills it";

    private PackText() {}

    static String framework(EvidencePack p) {
        return "เกณฑ์ (framework): " + p.frameworkNameTh() + " — " + p.frameworkNameEn();
    }

    static String agencies(EvidencePack p) {
        List<String> a = p.filters().agencies();
        return "หน่วยงาน (agency): " + (a.isEmpty() ? "ทุกหน่วยงานในคลัง (all)" : String.join(", ", a));
    }

    static String years(EvidencePack p) {
        List<Integer> y = p.filters().years();
        if (y.isEmpty()) {
            return "ปี พ.ศ. ของเอกสาร (year): ทุกปี (all)";
        }
        boolean range = y.size() > 2 && y.get(y.size() - 1) - y.get(0) == y.size() - 1;
        return "ปี พ.ศ. ของเอกสาร (year): " + (range ? y.get(0) + "–" + y.get(y.size() - 1)
                : y.stream().map(String::valueOf).collect(Collectors.joining(", ")));
    }

    static String generated(EvidencePack p) {
        return "จัดทำเมื่อ (generated): " + p.generatedTh() + " โดยคลังรู้ (Klangru)";
    }

    static String fontNote() {
        return "แบบอักษร: TH Sarabun New (มาตรฐานหนังสือราชการ) หากเครื่องไม่มีแบบอักษรนี้ โปรแกรมจะใช้แบบอักษรไทยที่ใกล้เคียงแทน"
                + " เช่น Laksaman หรือ Tahoma ติดตั้ง TH Sarabun New เพื่อให้ตรงตามมาตรฐาน"
                + " (font: TH Sarabun New; without it Word or LibreOffice substitutes a similar Thai font)";
    }

    static String summary(EvidencePack.Coverage c) {
        return "พบหลักฐาน " + (c.strong() + c.partial()) + " จาก " + c.rows() + " หัวข้อ (" + percent(c.filled())
                + ") — ชัดเจน " + c.strong() + " · บางส่วน " + c.partial() + " · ไม่พบหลักฐาน " + c.none()
                + " (evidence for " + (c.strong() + c.partial()) + " of " + c.rows() + " rows: " + c.strong()
                + " strong, " + c.partial() + " partial, " + c.none() + " none)";
    }

    static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    static String status(EvidencePack.Section s) {
        if (s.strength() == EvidencePack.Strength.NONE) {
            return "ระดับหลักฐาน: " + s.strength().nameTh() + " (none)";
        }
        return "ระดับหลักฐาน: " + s.strength().nameTh() + " (" + s.strength().nameEn() + ") — พบ " + s.passages()
                + " ข้อความจาก " + s.documents() + " เอกสาร" + (s.quotations().size() < s.passages()
                ? " แสดง " + s.quotations().size() + " ข้อความที่เด่นที่สุด" : "");
    }

    static String gap(EvidencePack.Section s) {
        return s.gap() == null ? null : "สิ่งที่ยังขาด: " + s.gap();
    }

    static String rowLabel(EvidencePack.CoverageRow r) {
        return r.depth() > 1 ? r.label() : r.label() + " " + r.titleTh();
    }

    static String reasons(EvidencePack.Quotation q) {
        return "เหตุที่เลือก: " + String.join("; ", q.reasons());
    }

    static String alsoIn(EvidencePack.Citation c) {
        return c.alsoIn().isEmpty() ? null : "ข้อความเดียวกันอยู่ในไฟล์: " + String.join(", ", c.alsoIn());
    }

    static String quoted(String text) {
        return "“" + text.strip() + "”";
    }
}
