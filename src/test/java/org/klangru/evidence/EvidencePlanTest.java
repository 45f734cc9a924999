package org.klangru.evidence;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.klangru.evidence.EvidencePlan.Section;
import org.klangru.taxonomy.ActivityCode;
import org.klangru.taxonomy.Item;
import org.klangru.taxonomy.Taxonomy;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The sections a pack has for each framework and category, and the vocabulary behind them. */
class EvidencePlanTest {
    private static final Taxonomy TAXONOMY = Taxonomy.loadDefault();
    private static final EvidenceVocabulary VOCABULARY = EvidenceVocabulary.loadDefault();

    private static EvidencePlan plan(String framework, int category) {
        return EvidencePlan.build(TAXONOMY, VOCABULARY, framework, category);
    }

    @Test
    void pmqa40CategoryFourHasItemsLevelsKmStepsAndChangeElements() {
        EvidencePlan p = plan("pmqa40", 4);
        assertEquals(List.of("items", "km-process", "change-management"), p.groups().stream().map(EvidencePlan.Group::id).toList());
        assertEquals(List.of("4.1", "4.2", "4.3", "4.3 ระดับพื้นฐาน", "4.3 ระดับก้าวหน้า", "4.3 ระดับพัฒนาจนเกิดผล", "4.4"),
                p.groups().get(0).sections().stream().map(Section::label).toList());
        Section km = p.groups().get(0).sections().get(2);
        assertTrue(km.titleTh().startsWith("การจัดการความรู้"), km.titleTh());
        assertTrue(p.groups().get(0).sections().get(3).description().startsWith("กระบวนการรวบรวมข้อมูลสารสนเทศ"));
        assertEquals(List.of("การบ่งชี้ความรู้", "การสร้างและแสวงหาความรู้", "การจัดความรู้ให้เป็นระบบ",
                        "การประมวลและกลั่นกรองความรู้", "การเข้าถึงความรู้", "การแบ่งปันแลกเปลี่ยนความรู้", "การเรียนรู้"),
                p.groups().get(1).sections().stream().map(Section::titleTh).toList());
        assertEquals(List.of("การเตรียมการและการปรับเปลี่ยนพฤติกรรม", "การสื่อสาร", "กระบวนการและเครื่องมือ", "การเรียนรู้",
                        "การวัดผล", "การยกย่องชมเชยและการให้รางวัล"),
                p.groups().get(2).sections().stream().map(Section::titleTh).toList());
        assertTrue(p.groups().get(2).sections().stream().allMatch(Section::inCategoryOnly));
        assertTrue(p.sections().stream().allMatch(s -> s.category() == 4 && !s.strong().isEmpty() && s.fillWith() != null));
    }

    @Test
    void fundamentalLevelEditionsNumberCategoryFourTheirOwnWay() {
        EvidencePlan fl2 = plan("fl2", 4);
        List<Section> codes = fl2.groups().get(0).sections();
        assertEquals(List.of("IT1", "IT2", "IT3", "IT4"), codes.stream().map(Section::code).toList());
        assertEquals("การจัดการความรู้", codes.get(2).titleTh());
        assertTrue(codes.stream().allMatch(s -> "FL2".equals(s.edition()) && s.note() == null));
        EvidencePlan fl2552 = plan("fl2552", 4);
        List<Section> old = fl2552.groups().get(0).sections();
        assertEquals(7, old.size());
        assertTrue(old.get(2).titleTh().contains("กระบวนการสนับสนุน"), old.get(2).titleTh());
        assertNull(old.get(0).note());
        assertTrue(old.get(6).note().contains("ยังไม่ยืนยัน"), "IT7's title is a recollection and says so");
        assertEquals(3, fl2.groups().size(), "KM steps and change management come with every framework");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7})
    void everyCategoryHasAPmqa40Plan(int category) {
        EvidencePlan p = plan("pmqa40", category);
        List<Item> items = TAXONOMY.items().stream().filter(i -> i.scheme().equals("PMQA4.0") && i.category() == category).toList();
        assertEquals(items.size(), p.groups().get(0).sections().stream().filter(s -> s.depth() == 1).count());
        assertTrue(items.size() >= 4);
    }

    @ParameterizedTest
    @CsvSource({"fl2552, 7", "fl2, 1", "fl2, 6"})
    void aFrameworkWithoutCodesForTheCategoryIsRefusedWithTheAlternatives(String framework, int category) {
        EvidencePlanException e = assertThrows(EvidencePlanException.class, () -> plan(framework, category));
        assertEquals("framework", e.parameter());
        assertTrue(e.getMessage().contains("pmqa40"), e.getMessage());
    }

    @Test
    void unknownFrameworkAndCategoryAreRefused() {
        assertEquals("framework", assertThrows(EvidencePlanException.class, () -> plan("pmqa99", 4)).parameter());
        assertEquals("category", assertThrows(EvidencePlanException.class, () -> plan("pmqa40", 8)).parameter());
    }

    @Test
    void vocabularyCoversEveryItemLevelAndCodeOfTheTaxonomy() {
        for (Item i : TAXONOMY.items()) {
            if (i.scheme().equals("PMQA4.0")) {
                assertTrue(VOCABULARY.item(i.id()).isPresent(), "phrases for item " + i.id());
                for (String level : i.levels().keySet()) {
                    assertTrue(VOCABULARY.level(i.id(), level).isPresent(), "phrases for " + i.id() + " " + level);
                }
            }
        }
        for (ActivityCode c : TAXONOMY.codes()) {
            assertTrue(VOCABULARY.code(c.edition(), c.code()).isPresent(), "phrases for " + c.edition() + " " + c.code());
        }
        for (EvidenceVocabulary.Process p : VOCABULARY.processes(4)) {
            for (EvidenceVocabulary.Step s : p.steps()) {
                assertTrue(s.basis().equals("domain") || TAXONOMY.sources().stream().anyMatch(src -> src.id().equals(s.basis())),
                        s.id() + " names its source or says it is domain knowledge");
            }
        }
    }

    @Test
    void conceptsMatchThaiLooselyAndLatinAsWholeWords() {
        Concept cop = Concept.parse("ชุมชนนักปฏิบัติ|CoP");
        assertEquals("ชุมชนนักปฏิบัติ", cop.foundIn(new Concept.Text("จัดตั้งชุมชน นักปฏิบัติ สองกลุ่ม")));
        assertEquals("CoP", cop.foundIn(new Concept.Text("กิจกรรม cop ครั้งที่ 1")));
        assertNull(cop.foundIn(new Concept.Text("ขอบเขต (Scope) ของงาน")));
        Concept it3 = Concept.parse("IT3");
        assertNull(it3.foundIn(new Concept.Text("รหัส IT31")));
        assertEquals("ปี 2567", Concept.parse("ปี 2567").foundIn(new Concept.Text("ภายในปี ๒๕๖๗ นี้")));
        assertEquals("นำไปใช้", Concept.parse("นำไปใช้").foundIn(new Concept.Text("นําไปใช้"))); // sara am decomposed
    }

    @Test
    void datesAreBuddhistEraWithThaiMonths() {
        assertEquals("15 มีนาคม 2567", ThaiDateText.of(java.time.LocalDate.of(2024, 3, 15)));
        assertEquals("1 ตุลาคม 2567", ThaiDateText.of(java.time.LocalDate.of(2024, 10, 1)));
        assertNull(ThaiDateText.of(null));
        assertEquals(List.of(2565, 2566, 2567), org.klangru.text.BuddhistYears.parse("2565-2567"));
        assertEquals(List.of(2567), org.klangru.text.BuddhistYears.parse("2024"));
        assertEquals(List.of(2567), org.klangru.text.BuddhistYears.parse("๒๕๖๗"));
        assertThrows(IllegalArgumentException.class, () -> org.klangru.text.BuddhistYears.parse("67"));
    }
}
