package org.klangru.taxonomy;

import io.micronaut.serde.annotation.Serdeable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * How much a passage reads as a practice others can reuse: steps, success factors, lessons learned,
 * recommendations, methods. Dates, bylines, page furniture, table headers, names and titles score (near) zero.
 * Used to rank browse mode (a category or code without a query): best practices first.
 *
 * <p>The score is 1 - e^(-evidence), evidence being the sum of the cue weights below (0.5 is a list item with a
 * practice verb; 1.5 or more is a step, factor or recommendation with its content). Stateless and thread-safe.
 */
public final class BestPracticeScorer {

    /** A score with the cues that made it, in Thai (for the "why" of a ranking). */
    @Serdeable
    public record Score(double score, List<String> reasons) {
        public Score {
            reasons = List.copyOf(reasons);
        }
    }

    /** A passage's compact text, and the same with ASCII letters lower-cased for the English phrases. */
    private record Texts(String compact, String lowerCompact) {
    }

    private record Cue(String label, double weight, Predicate<Texts> foundIn) {
    }

    /**
     * A cue of literal phrases, matched with {@link String#contains}: several times faster than an alternation regex
     * over Thai, and this runs on every passage at ingest. English phrases are matched on lower-cased text.
     */
    private static Cue cue(String label, double weight, List<String> thai, String... english) {
        return new Cue(label, weight, t -> thai.stream().anyMatch(t.compact()::contains)
                || Arrays.stream(english).anyMatch(t.lowerCompact()::contains));
    }

    /** Cues on the passage's compact text. */
    private static final List<Cue> TEXT_CUES = List.of(
            cue("ปัจจัยความสำเร็จ", 1.2, List.of("ปัจจัยสำเร็จ", "ปัจจัยแห่งสำเร็จ", "ปัจจัยความสำเร็จ",
                    "ปัจจัยแห่งความสำเร็จ", "ปัจจัยสำคัญ", "เคล็ดลับ", "หัวใจสำคัญ", "กุญแจสำคัญ", "กุญแจความสำเร็จ"),
                    "key success"),
            cue("บทเรียน", 1.2, List.of("บทเรียน", "สิ่งที่ได้เรียนรู้", "ข้อควรระวัง"), "lesson learned", "lessons learned"),
            new Cue("ข้อเสนอแนะ", 0.9, BestPracticeScorer::recommends),
            cue("แนวปฏิบัติที่ดี", 1.2, List.of("แนวปฏิบัติที่ดี", "วิธีปฏิบัติที่เป็นเลิศ", "นวัตกรรม", "ต้นแบบ"),
                    "best practice"),
            cue("ขั้นตอน/วิธีการ", 0.8, List.of("ขั้นตอน", "ขั้นที่", "วิธีการ", "วิธีดำเนินการ", "แนวทางการดำเนิน",
                    "กระบวนการ")),
            cue("การลงมือทำ", 0.5, List.of("จัดทำ", "กำหนด", "ทบทวน", "วิเคราะห์", "พัฒนา", "ปรับปรุง", "ติดตาม",
                    "ประเมิน", "ถ่ายทอด", "สื่อสาร", "ส่งเสริม", "แลกเปลี่ยน", "จัดให้มี", "มีการ", "สร้าง", "บูรณาการ",
                    "ขับเคลื่อน")),
            cue("ผลที่ได้", 0.5, List.of("ส่งผลให้", "ทำให้", "ช่วยให้", "เพื่อให้", "ประสบความสำเร็จ", "ลดลง",
                    "เพิ่มขึ้น")));
    private static final Cue RECOMMENDATION_WORDS = cue("ข้อเสนอแนะ", 0.9, List.of("ข้อเสนอแนะ", "เสนอแนะ", "แนะนำ"));
    /** Cues that a passage reports an event rather than a practice. */
    private static final List<Cue> NEWS_CUES = List.of(
            cue("ข่าวกิจกรรม", -0.6, List.of("เมื่อวันที่", "กล่าวเปิด", "เป็นประธาน", "ให้การต้อนรับ", "ได้ต้อนรับ",
                    "เข้าร่วมประชุม", "ได้รับรางวัล")),
            cue("ปัญหา", -0.3, List.of("ปัญหา", "ขาด", "ไม่เห็นความสำคัญ")));
    /** Cues on the headings above the passage. */
    private static final Pattern HEADING_CUE = Pattern.compile(
            "ขั้นตอน|ปัจจัย|ข้อเสนอแนะ|บทเรียน|แนวทาง|วิธีการ|การดำเนินการ|(?i:procedure)|แนวปฏิบัติ|(?i:best practice)");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-•●▪]|\\(?[0-9๐-๙]{1,2}[.)])\\s*\\S");
    /** Page furniture and bylines: the passage is not content at all. */
    private static final Pattern FURNITURE = Pattern.compile(
            "/\\s?(?:รายงาน|ภาพ|ข่าว|จัดทำ|ข้อมูล)\\s*$|เผยแพร่ข้อมูลเมื่อ|ปรับปรุงข้อมูลล่าสุด|^หน้า\\s?[0-9]+|^-\\s?[0-9]+\\s?-$"
                    + "|(?i:https?://|www\\.)|โทร(?:ศัพท์|\\.)\\s?[0-9]|^\\(?(?:นาย|นาง|นางสาว|ดร\\.)[^ ]+\\s[^ ]+\\)?$");

    public double score(String passageText, List<String> headings) {
        return evaluate(passageText, headings).score();
    }

    public Score evaluate(String passageText, List<String> headings) {
        String text = MatchText.normalize(passageText);
        String compact = MatchText.compact(text);
        List<String> reasons = new ArrayList<>();
        int letters = 0;
        for (int i = 0; i < compact.length(); i++) {
            if (Character.isLetter(compact.charAt(i))) {
                letters++;
            }
        }
        if (letters < 15) {
            return new Score(0, List.of("สั้นเกินไป (too short)"));
        }
        if (letters < 120 && FURNITURE.matcher(text).find()) {
            return new Score(0, List.of("ส่วนประกอบหน้า/ผู้เขียน (byline or page furniture)"));
        }
        if (passageText.indexOf('\t') >= 0 && !hasVerbPhrase(passageText)) {
            return new Score(0.02, List.of("หัวตาราง (table header)"));
        }
        Texts texts = new Texts(compact, PhraseMatcher.lower(compact));
        double evidence = 0;
        for (List<Cue> cues : List.of(TEXT_CUES, NEWS_CUES)) {
            for (Cue c : cues) {
                if (c.foundIn().test(texts)) {
                    evidence += c.weight();
                    reasons.add(c.label());
                }
            }
        }
        if (LIST_ITEM.matcher(text).find()) {
            evidence += 0.4;
            reasons.add("รายการข้อ (list item)");
        }
        if (headings != null) {
            for (String h : headings) {
                if (h != null && HEADING_CUE.matcher(MatchText.compactOf(h)).find()) {
                    evidence += 0.6;
                    reasons.add("อยู่ใต้หัวข้อ \"" + h.strip() + "\"");
                    break;
                }
            }
        }
        // very short passages carry little practice; long ones are not penalised
        double lengthFactor = Math.min(1.0, letters / 60.0);
        double s = Math.max(0, 1 - Math.exp(-Math.max(0, evidence) * lengthFactor));
        return new Score(Math.round(s * 1000) / 1000.0, reasons);
    }

    /** A recommendation: its words, or "ควร" (should) but not "ควรจะเป็น" (what ought to be). */
    private static boolean recommends(Texts t) {
        if (RECOMMENDATION_WORDS.foundIn().test(t)) {
            return true;
        }
        String compact = t.compact();
        for (int at = compact.indexOf("ควร"); at >= 0; at = compact.indexOf("ควร", at + 1)) {
            if (!compact.startsWith("ควรจะเป็น", at)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasVerbPhrase(String text) {
        for (String cell : text.split("\t")) {
            if (cell.strip().length() > 40) {
                return true;
            }
        }
        return false;
    }
}
