package org.klangru.taxonomy;

import org.klangru.text.ThaiDates;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Facets of a whole document: its type, date, Buddhist-era year, fiscal year and agency.
 *
 * <ul>
 *   <li>type: each type of the taxonomy file scores 3 per title cue in the title or the file name, 1 per title cue
 *       in the opening of the text, and 1 per body cue anywhere (at most 5); cues are counted once, longest first
 *       without overlaps; the best type with at least 3 wins (ties go to the type listed first), else "other";</li>
 *   <li>date: the publication date of a byline (เผยแพร่ข้อมูลเมื่อ), the date under a signature at the end
 *       (ประกาศ ณ วันที่), or else the first date in the title and first lines (a news lead) that does not follow
 *       มติ (a resolution); a date deep in the body is usually a reference, so none is taken;</li>
 *   <li>buddhistYear: the date's, else the most frequent fiscal year written, else the most frequent พ.ศ. year,
 *       else the most frequent year of a month ("กันยายน 2564");</li>
 *   <li>fiscalYear: the date's fiscal year, else the most frequent one written (ปีงบประมาณ ...);</li>
 *   <li>agency: a labelled field (ชื่อหน่วยงาน ...), else a known agency or a กรม/กระทรวง/สำนักงาน... name in the
 *       title or the opening; none when the opening names none.</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class DocumentClassifier {
    /** How much of the text counts as its opening. */
    static final int OPENING = 400;

    /** A publication byline ("ลงวันที่" is left out: in letters and news it mostly cites another document). */
    private static final Pattern BYLINE = Pattern.compile("(?:เผยแพร่(?:ข้อมูล)?เมื่อ|วันที่เผยแพร่)\\s?:?\\s?");
    /** The date under an announcement's signature, only at the end of the text. */
    private static final Pattern SIGNED = Pattern.compile("(?:ประกาศ|สั่ง)\\s?ณ\\s?วันที่\\s?");
    /** How many first lines may carry the date of a news lead. */
    static final int DATE_LINES = 4;
    private static final Pattern RESOLUTION = Pattern.compile("มติ[^\\n]{0,25}?(?:เมื่อ)?วันที่\\s?[0-9๐-๙]{1,2}");
    private static final Pattern LABELLED_AGENCY = Pattern.compile(
            "(?:ชื่อหน่วยงาน|หน่วยงาน\\s?:|ส่วนราชการ\\s?:)\\s*([^\\t\\n|]{3,60})");
    private static final Pattern AGENCY = Pattern.compile(
            "(?<![ก-๙])(?!กรม(?:หลวง|พระ|ขุน|หมื่น))((?:สำนักงานปลัด|สำนักงาน|กระทรวง|กรม|สำนัก|กอง|ศูนย์|สถาบัน"
                    + "|มหาวิทยาลัย|องค์การบริหารส่วน|เทศบาล|โรงพยาบาล|การไฟฟ้า|การประปา|ธนาคาร)[ก-๙]{2,60})");

    /**
     * Verb phrases that end an agency name glued to the next words in a headline ("กรมการขนส่งทางบกจัดอบรม...");
     * only long phrases, as short words hide inside names ("ขอ" in "ของ", "ครอง" in "คุ้มครอง").
     */
    private static final Pattern NAME_END = Pattern.compile(
            "จัดอบรม|จัดประชุม|จัดงาน|จัดกิจกรรม|จัดทำ|คว้ารางวัล|คว้า|ได้รับ|เปิดตัว|เปิดงาน|ร่วมกับ|ลงพื้นที่|เดินหน้า"
                    + "|ประกาศ|ต้อนรับ|จับมือ|ผนึกกำลัง|ครองแชมป์|มอบรางวัล|เตรียม|เร่งรัด|ขับเคลื่อน|ผลักดัน|หารือ|เข้าร่วม|ร่วม"
                    + "|ขานรับ|จัดโครงการ|เปิดใจ|เปิด|แถลง|เผย|ชี้แจง|ลงนาม|สั่งการ|เน้นย้ำ|ย้ำ|มุ่ง|พัฒนาระบบ|ยกระดับ|เชิญชวน|ได้"
                    + "|และ(?=สำนักงาน|กรม|กระทรวง|สำนัก|กอง)");

    private final List<DocumentType> types;
    private final List<PhraseMatcher> titleCues;
    private final List<PhraseMatcher> cues;
    private final PhraseMatcher agencies = new PhraseMatcher();

    public DocumentClassifier(Taxonomy taxonomy) {
        this.types = taxonomy.documentTypes();
        this.titleCues = types.stream().map(t -> PhraseMatcher.of(t.titleCues())).toList();
        this.cues = types.stream().map(t -> PhraseMatcher.of(t.cues())).toList();
        for (Agency a : taxonomy.agencies()) {
            for (String alias : a.aliases()) {
                agencies.add(alias, a.name());
            }
        }
    }

    public DocumentFacts describe(String title, String fullText, String sourcePath) {
        String text = fullText == null ? "" : fullText;
        String opening = (title == null ? "" : title) + "\n" + text.substring(0, Math.min(OPENING, text.length()));
        LocalDate date = date(text, title);
        String all = (title == null ? "" : title) + "\n" + text;
        List<Integer> fiscal = ThaiDates.fiscalYears(all);
        Integer fiscalYear = date != null ? Integer.valueOf(ThaiDates.fiscalYearOf(date)) : mostFrequent(fiscal);
        Integer year = date != null ? Integer.valueOf(ThaiDates.toBuddhist(date.getYear()))
                : !fiscal.isEmpty() ? mostFrequent(fiscal)
                : !ThaiDates.buddhistYears(all).isEmpty() ? mostFrequent(ThaiDates.buddhistYears(all))
                : mostFrequent(ThaiDates.months(all).stream().map(m -> ThaiDates.toBuddhist(m.getYear())).toList());
        return new DocumentFacts(type((title == null ? "" : title) + "\n" + fileName(sourcePath),
                text.substring(0, Math.min(OPENING, text.length())), text), date, year, fiscalYear,
                agency(text, opening));
    }

    /** The document type: one of the taxonomy's types, or "other". */
    String type(String title, String opening, String text) {
        String t = MatchText.compactOf(title);
        String head = MatchText.compactOf(opening);
        String body = MatchText.compactOf(text);
        String best = "other";
        int bestScore = 2;
        for (int i = 0; i < types.size(); i++) {
            int score = 3 * distinct(titleCues.get(i), t) + distinct(titleCues.get(i), head)
                    + Math.min(5, distinct(cues.get(i), body));
            if (score > bestScore) {
                bestScore = score;
                best = types.get(i).id();
            }
        }
        return best;
    }

    /** Distinct cues, longest first without overlaps ("อบรม" inside "อบรมเชิงปฏิบัติการ" counts once). */
    private static int distinct(PhraseMatcher m, String compact) {
        return (int) m.find(compact).stream().map(h -> h.entry().display()).distinct().count();
    }

    private static LocalDate date(String text, String title) {
        Matcher b = BYLINE.matcher(text);
        while (b.find()) {
            Optional<LocalDate> d = ThaiDates.firstDate(text.substring(b.end(), Math.min(text.length(), b.end() + 40)));
            if (d.isPresent()) {
                return d.get();
            }
        }
        int tail = Math.max(0, text.length() - OPENING);
        Matcher signed = SIGNED.matcher(text);
        while (signed.find(tail)) {
            Optional<LocalDate> d = ThaiDates.firstDate(
                    text.substring(signed.end(), Math.min(text.length(), signed.end() + 40)));
            if (d.isPresent()) {
                return d.get();
            }
            tail = signed.end();
        }
        // a news lead dates its event in the first lines; a date after มติ (a resolution) is a reference
        StringBuilder lead = new StringBuilder(title == null ? "" : title);
        int lines = 0;
        for (String line : text.split("\n")) {
            if (!line.isBlank() && lines++ < DATE_LINES) {
                lead.append('\n').append(line);
            }
        }
        String head = lead.length() > OPENING ? lead.substring(0, OPENING) : lead.toString();
        Matcher r = RESOLUTION.matcher(head);
        String cleaned = r.replaceAll(" ");
        return ThaiDates.firstDate(cleaned).orElse(null);
    }

    private String agency(String text, String opening) {
        Matcher l = LABELLED_AGENCY.matcher(text.substring(0, Math.min(text.length(), 2 * OPENING)));
        if (l.find()) {
            String v = l.group(1).strip();
            List<PhraseMatcher.Hit<?>> known = agencies.find(MatchText.compactOf(v));
            return !known.isEmpty() ? (String) known.get(0).entry().payload() : v;
        }
        String head = MatchText.normalize(opening);
        List<PhraseMatcher.Hit<?>> knownHits = agencies.find(MatchText.compact(head));
        PhraseMatcher.Hit<?> known = knownHits.isEmpty() ? null : knownHits.get(0);
        Matcher m = AGENCY.matcher(head);
        String generic = null;
        if (m.find()) {
            generic = m.group(1);
            boolean ends = m.end() >= head.length() || !MatchText.isThai(head.charAt(m.end()));
            if (!ends || NAME_END.matcher(generic).find(3)) {
                Matcher cut = NAME_END.matcher(generic);
                // a name glued to the headline's verb: cut there, or give up (unsure is better than wrong)
                generic = cut.find(3) && cut.start() >= 5 ? generic.substring(0, cut.start()) : null;
            }
            if (generic != null && generic.length() > 45) {
                generic = null; // longer than any agency name: words glued to it
            }
        }
        if (known != null && (generic == null || known.start() <= MatchText.compact(head.substring(0, m.start()))
                .length())) {
            return (String) known.entry().payload();
        }
        return generic;
    }

    private static Integer mostFrequent(List<Integer> values) {
        if (values.isEmpty()) {
            return null;
        }
        Map<Integer, Integer> counts = new HashMap<>();
        values.forEach(v -> counts.merge(v, 1, Integer::sum));
        // most frequent, then the latest
        return counts.entrySet().stream()
                .max(Comparator.<Map.Entry<Integer, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparingInt(Map.Entry::getKey))
                .map(Map.Entry::getKey).orElse(null);
    }

    private static String fileName(String sourcePath) {
        if (sourcePath == null) {
            return "";
        }
        String name = sourcePath.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        return name.replaceAll("[._\\-]+", " ");
    }
}
