package org.klangru.evidence;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.List;

/**
 * An evidence pack: the coverage table first, then each section's strongest passages as quotations with full
 * citations. Plain records, written as JSON as they are (the JSON format of the pack) and rendered by the DOCX and
 * Markdown writers.
 *
 * @param generated the day the pack was made, ISO (2025-04-15)
 * @param baseUrl   where the links into the web page point
 */
public record EvidencePack(
        String titleTh,
        String titleEn,
        String framework,
        String frameworkNameTh,
        String frameworkNameEn,
        int category,
        String categoryNameTh,
        String categoryNameEn,
        Filters filters,
        String generated,
        String generatedTh,
        String baseUrl,
        Coverage coverage,
        List<Group> groups,
        List<String> notes) {

    public EvidencePack {
        groups = List.copyOf(groups);
        notes = List.copyOf(notes);
    }

    /** How strongly the index supports a section. */
    public enum Strength {
        STRONG("strong", "หลักฐานชัดเจน", "strong"),
        PARTIAL("partial", "หลักฐานบางส่วน", "partial"),
        NONE("none", "ไม่พบหลักฐาน", "none");

        private final String id;
        private final String nameTh;
        private final String nameEn;

        Strength(String id, String nameTh, String nameEn) {
            this.id = id;
            this.nameTh = nameTh;
            this.nameEn = nameEn;
        }

        @JsonValue
        public String id() {
            return id;
        }

        public String nameTh() {
            return nameTh;
        }

        public String nameEn() {
            return nameEn;
        }
    }

    /** The agency and year filters the pack was made with (empty: all). */
    public record Filters(List<String> agencies, List<Integer> years) {
        public Filters {
            agencies = List.copyOf(agencies);
            years = List.copyOf(years);
        }
    }

    /**
     * The coverage table and its totals.
     *
     * @param filled      share of rows with any evidence, 0..1
     * @param strongShare share of rows with strong evidence, 0..1
     * @param rule        how strength is decided, in Thai with English beside
     */
    public record Coverage(int rows, int strong, int partial, int none, double filled, double strongShare, String rule,
                           List<CoverageRow> table) {
        public Coverage {
            table = List.copyOf(table);
        }
    }

    /**
     * One row of the coverage table.
     *
     * @param passages  distinct passages that support the section (copies folded)
     * @param documents distinct documents they come from
     * @param quoted    how many of them the pack quotes
     * @param gap       what is missing and which kind of document would fill it; null when the evidence is strong
     */
    public record CoverageRow(String sectionId, String group, String label, String titleTh, int depth, int passages,
                              int documents, int quoted, Strength strength, String strengthTh, String gap) {}

    public record Group(String id, String titleTh, String titleEn, String note, List<Section> sections) {
        public Group {
            sections = List.copyOf(sections);
        }
    }

    public record Section(String id, String label, String titleTh, String titleEn, String description, String note,
                          int depth, String code, String edition, Strength strength, int passages, int documents,
                          String gap, List<Quotation> quotations) {
        public Section {
            quotations = List.copyOf(quotations);
        }

        /** The heading text: label and title ("4.3 การจัดการความรู้ …", "ขั้นที่ 1 การบ่งชี้ความรู้ (…)"). */
        public String heading() {
            String base;
            if (id.startsWith("km")) {
                base = "ขั้นที่ " + label.substring(3) + " " + titleTh;
            } else if (id.startsWith("cm")) {
                base = "องค์ประกอบที่ " + label.substring(3) + " " + titleTh;
            } else if (depth > 1) {
                base = titleTh;
            } else {
                base = label + " " + titleTh;
            }
            return titleEn == null || depth > 1 ? base : base + " (" + titleEn + ")";
        }
    }

    /**
     * A passage quoted as evidence.
     *
     * @param score        the rank within the section: weight × (0.5 + bestPractice)
     * @param weight       how directly the passage speaks to the section (code 2, key phrase 1, other phrase 0.5)
     * @param bestPractice the index's best-practice score of the passage, 0..1
     * @param reasons      why it was chosen, in Thai
     */
    public record Quotation(String text, String heading, double score, double weight, double bestPractice,
                            List<String> reasons, Citation citation) {
        public Quotation {
            reasons = List.copyOf(reasons);
        }
    }

    /**
     * Where a quotation comes from.
     *
     * @param date    ISO date of the document, or null
     * @param dateTh  the date in the Buddhist era with the Thai month name ("15 มีนาคม 2567"), or null
     * @param passage the passage number in its document, from 1
     * @param page    the page when known (the index does not keep pages yet, so null)
     * @param link    the passage in the web page
     * @param alsoIn  other files holding the same text
     * @param text    the citation as one line of Thai
     */
    public record Citation(String documentId, String passageId, String title, String date, String dateTh,
                           String agency, String source, int passage, Integer page, String link, List<String> alsoIn,
                           String text) {
        public Citation {
            alsoIn = List.copyOf(alsoIn);
        }
    }
}
