package org.klangru.collections;

import org.klangru.evidence.ThaiDateText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What every export of a collection says, worded once: the title block, and per item the quotation, its full
 * citation, its heading path, the note and, when the index moved on, what happened to the passage.
 */
public record Handout(String title, String description, String owner, String generatedTh, int count, List<Entry> entries) {

    /**
     * @param citation "title — source, หน้า N, ข้อความที่ N, date"
     * @param status   null when current; otherwise a Thai sentence with English beside
     * @param link     the passage in the web page
     */
    public record Entry(int number, String text, String heading, String title, String citation, String note,
                        String status, String link) {}

    public static Handout of(CollectionService.Full full, LocalDate generated, String baseUrl) {
        List<Entry> entries = new ArrayList<>();
        int n = 0;
        for (CollectionService.Item item : full.items()) {
            Snapshot s = item.record().snapshot();
            entries.add(new Entry(++n, s.text().strip(), s.heading(), s.title(), citation(s), item.record().note(),
                    status(item.status()), baseUrl + "/?view=doc&id=" + s.documentId() + "&passage=" + s.passageId()));
        }
        CollectionRecord c = full.collection();
        return new Handout(c.title(), c.description(), c.owner(), ThaiDateText.of(generated), entries.size(), entries);
    }

    static String citation(Snapshot s) {
        StringBuilder b = new StringBuilder();
        b.append(s.title().isBlank() ? s.source() : s.title());
        if (!s.source().isBlank() && !s.source().equals(s.title())) {
            b.append(" — ").append(s.source());
        }
        if (s.page() > 0) {
            b.append(", หน้า ").append(s.page());
        }
        if (s.number() > 0) {
            b.append(", ข้อความที่ ").append(s.number());
        }
        if (s.date() != null) {
            try {
                b.append(", ").append(ThaiDateText.of(LocalDate.parse(s.date())));
            } catch (java.time.format.DateTimeParseException e) {
                b.append(", ").append(s.date());
            }
        }
        if (!s.codes().isEmpty()) {
            b.append(" (").append(String.join(", ", s.codes())).append(")");
        }
        return b.toString();
    }

    private static String status(ItemStatus.Resolved r) {
        return switch (r.state()) {
            case CURRENT -> null;
            case CHANGED -> "ข้อความในเอกสารเปลี่ยนไปหลังจากเก็บไว้ ที่ยกมาคือข้อความเดิม (the passage changed since it was pinned; quoted as pinned)";
            case REMOVED -> "เอกสารหรือข้อความนี้ไม่อยู่ในคลังแล้ว ที่ยกมาคือข้อความเดิม (no longer in the index; quoted as pinned)";
        };
    }

    /** The innermost heading, for a slide's or section's title. */
    public static String lastHeading(Entry e) {
        String h = e.heading();
        if (h == null || h.isBlank()) {
            return e.title();
        }
        int cut = h.lastIndexOf(" › ");
        return cut < 0 ? h : h.substring(cut + 3);
    }

    public String subtitle() {
        return count + " ตัวอย่าง · จัดทำโดย " + owner + " · " + generatedTh + " (" + count + " examples)";
    }
}
