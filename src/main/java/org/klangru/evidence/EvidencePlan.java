package org.klangru.evidence;

import org.klangru.evidence.EvidenceVocabulary.Framework;
import org.klangru.evidence.EvidenceVocabulary.Phrases;
import org.klangru.taxonomy.ActivityCode;
import org.klangru.taxonomy.Category;
import org.klangru.taxonomy.Item;
import org.klangru.taxonomy.Level;
import org.klangru.taxonomy.Taxonomy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The sections of an evidence pack for one framework and category, and what to look for under each.
 *
 * <p>PMQA 4.0: one section per item of the category (4.1–4.4), and under an item whose levels the taxonomy describes
 * (4.3) one section per level. Fundamental Level: one section per activity code of that edition in the category. For
 * every framework, the processes the vocabulary gives the category (for category 4: the 7 KM steps and the 6 elements
 * of change management).
 */
public record EvidencePlan(Framework framework, Category category, List<Group> groups) {

    public EvidencePlan {
        groups = List.copyOf(groups);
    }

    /** A run of sections under one heading of the pack. */
    public record Group(String id, String titleTh, String titleEn, String note, List<Section> sections) {
        public Group {
            sections = List.copyOf(sections);
        }
    }

    /**
     * One section: a heading of the pack and one row of the coverage table.
     *
     * @param label       short name in the coverage table ("4.3", "IT3", "KM 1")
     * @param description the criterion's own words (a level's text, a code's title) or null
     * @param note        a caveat (an unverified code title) or null
     * @param depth       1 for a section, 2 for a level under an item
     * @param category    passages are looked for among this category's
     * @param code        an activity code whose label counts as evidence, or null
     * @param edition     the code's edition; a passage labelled with the code in another edition does not count
     * @param inCategoryOnly only passages of the category count, however directly others speak to the section
     */
    public record Section(String id, String label, String titleTh, String titleEn, String description, String note,
                          int depth, int category, String code, String edition, boolean inCategoryOnly,
                          List<Concept> strong, List<Concept> weak, String fillWith) {
        public Section {
            strong = List.copyOf(strong);
            weak = List.copyOf(weak);
        }
    }

    public List<Section> sections() {
        return groups.stream().flatMap(g -> g.sections().stream()).toList();
    }

    /**
     * Plans a pack.
     *
     * @throws EvidencePlanException when the framework is unknown or has nothing for the category
     */
    public static EvidencePlan build(Taxonomy taxonomy, EvidenceVocabulary vocabulary, String frameworkId, int number) {
        Framework framework = vocabulary.framework(frameworkId).orElseThrow(() -> new EvidencePlanException("framework",
                "ไม่รู้จักเกณฑ์ '" + frameworkId + "' ใช้ได้: " + ids(vocabulary) + " (unknown framework; one of "
                        + ids(vocabulary) + ")"));
        Category category = taxonomy.category(number).orElseThrow(() -> new EvidencePlanException("category",
                "หมวดต้องเป็นเลข 1–7 ได้รับ '" + number + "' (category must be 1-7)"));
        List<Group> groups = new ArrayList<>();
        if (framework.scheme() != null) {
            groups.add(itemGroup(taxonomy, vocabulary, framework, category));
        } else {
            groups.add(codeGroup(taxonomy, vocabulary, framework, category));
        }
        for (EvidenceVocabulary.Process p : vocabulary.processes(number)) {
            groups.add(processGroup(p, number));
        }
        return new EvidencePlan(framework, category, groups);
    }

    private static String ids(EvidenceVocabulary v) {
        return v.frameworks().stream().map(Framework::id).collect(Collectors.joining(", "));
    }

    private static Group itemGroup(Taxonomy taxonomy, EvidenceVocabulary vocabulary, Framework framework, Category c) {
        List<Item> items = taxonomy.items().stream()
                .filter(i -> framework.scheme().equals(i.scheme()) && i.category() == c.number())
                .sorted(Comparator.comparing(Item::id)).toList();
        if (items.isEmpty()) {
            throw new EvidencePlanException("category", "เกณฑ์ " + framework.nameTh() + " ไม่มีประเด็นของหมวด "
                    + c.number() + " ในอนุกรมวิธาน (no items of category " + c.number() + " in " + framework.id() + ")");
        }
        List<Section> sections = new ArrayList<>();
        for (Item item : items) {
            Phrases phrases = vocabulary.item(item.id()).orElseGet(() -> fallback(c, item.titleTh()));
            sections.add(section("item-" + item.id(), item.id(), item.titleTh(), null, null, item.note(), 1,
                    c.number(), null, null, false, phrases));
            for (Level level : taxonomy.levels()) {
                String text = item.levels().get(level.id());
                if (text == null || text.isBlank()) {
                    continue;
                }
                Phrases lp = vocabulary.level(item.id(), level.id()).orElse(phrases);
                sections.add(section("item-" + item.id() + "-" + level.id(), item.id() + " " + level.nameTh(),
                        level.nameTh() + " (" + level.nameEn() + ")", level.nameEn(), text, null, 2, c.number(), null,
                        null, false, lp));
            }
        }
        return new Group("items", "ประเด็นการพิจารณาของหมวด " + c.number() + " ตาม " + framework.nameTh(),
                "Items of category " + c.number() + " (" + framework.nameEn() + ")", null, sections);
    }

    private static Group codeGroup(Taxonomy taxonomy, EvidenceVocabulary vocabulary, Framework framework, Category c) {
        List<ActivityCode> codes = taxonomy.codes().stream()
                .filter(a -> framework.edition().equals(a.edition()) && a.category() == c.number()).toList();
        if (codes.isEmpty()) {
            List<String> others = vocabulary.frameworks().stream()
                    .filter(f -> f.scheme() != null || taxonomy.codes().stream()
                            .anyMatch(a -> a.edition().equals(f.edition()) && a.category() == c.number()))
                    .map(Framework::id).toList();
            throw new EvidencePlanException("framework", "เกณฑ์ " + framework.nameTh() + " ไม่มีรหัสกิจกรรมของหมวด "
                    + c.number() + " ที่ระบบรู้จัก ใช้ได้: " + String.join(", ", others) + " (" + framework.id()
                    + " has no activity codes for category " + c.number() + "; use one of " + String.join(", ", others) + ")");
        }
        List<Section> sections = new ArrayList<>();
        for (ActivityCode a : codes) {
            Phrases phrases = vocabulary.code(a.edition(), a.code())
                    .orElseGet(() -> fallback(c, a.titleTh() != null ? a.titleTh() : a.code()));
            String title = a.titleTh() != null ? a.titleTh() : a.hintTh() != null ? a.hintTh() : a.code();
            String note = a.verified() ? null
                    : "หัวข้อของรหัสนี้ยังไม่ยืนยันกับคู่มือของสำนักงาน ก.พ.ร. (unverified title: a recollection, "
                    + (a.hintConfidence() == null ? "no" : a.hintConfidence()) + " confidence)";
            sections.add(section("code-" + a.edition() + "-" + a.code(), a.code(), title, null, null, note, 1,
                    c.number(), a.code(), a.edition(), false, phrases));
        }
        return new Group("codes", "รหัสกิจกรรมของหมวด " + c.number() + " ตาม" + framework.nameTh(),
                "Activity codes of category " + c.number() + " (" + framework.nameEn() + ")", null, sections);
    }

    private static Group processGroup(EvidenceVocabulary.Process p, int category) {
        List<Section> sections = new ArrayList<>();
        boolean km = p.id().startsWith("km");
        for (EvidenceVocabulary.Step s : p.steps()) {
            String label = (km ? "KM " : "CM ") + s.number();
            sections.add(section(s.id(), label, s.nameTh(), s.nameEn(), null, null, 1, category, null, null,
                    p.requireCategory(), s.phrases()));
        }
        return new Group(p.id(), p.titleTh(), p.titleEn(), p.note(), sections);
    }

    private static Section section(String id, String label, String titleTh, String titleEn, String description,
                                   String note, int depth, int category, String code, String edition,
                                   boolean inCategoryOnly, Phrases p) {
        return new Section(id, label, titleTh, titleEn, description, note, depth, category, code, edition,
                inCategoryOnly, Concept.parseAll(p.strong()), Concept.parseAll(p.weak()), p.fillWith());
    }

    /** When the vocabulary has no entry (a taxonomy file of the user's own): the category's own evidence phrases. */
    private static Phrases fallback(Category c, String title) {
        return new Phrases(c.evidence().strong(), c.evidence().medium(),
                "เอกสารที่แสดงการดำเนินการเรื่อง " + title);
    }
}
