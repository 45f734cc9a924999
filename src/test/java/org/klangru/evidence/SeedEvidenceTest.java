package org.klangru.evidence;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.klangru.evidence.EvidencePack.CoverageRow;
import org.klangru.evidence.EvidencePack.Section;
import org.klangru.evidence.EvidencePack.Strength;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static org.klangru.evidence.EvidenceFixtures.section;

/**
 * Packs from the five real seed documents of the shared corpus (a study visit, a work project with activity codes,
 * an SOP, workshop news): every category and framework makes a pack whose DOCX re-opens with the same sections,
 * citations and coverage numbers. Skipped when ../shared/corpus/seeds is absent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedEvidenceTest {
    Path index;

    @BeforeAll
    void index() {
        Assumptions.assumeTrue(EvidenceFixtures.seedsPresent(),
                "the shared seed corpus is not at " + EvidenceFixtures.SEEDS + " (set -Dklangru.shared=DIR)");
        index = EvidenceFixtures.seedIndex();
    }

    @ParameterizedTest
    @CsvSource({"pmqa40, 1", "pmqa40, 2", "pmqa40, 3", "pmqa40, 4", "pmqa40, 5", "pmqa40, 6", "pmqa40, 7",
            "fl2552, 1", "fl2552, 3", "fl2552, 4", "fl2, 4"})
    void docxReopensWithTheSameSectionsCitationsAndCoverage(String framework, int category) {
        EvidencePack pack = EvidenceFixtures.pack(index, framework, category);
        DocxReader docx = new DocxReader(new DocxEvidenceWriter().write(pack));
        List<String> headings = new java.util.ArrayList<>(docx.texts("Heading2"));
        headings.addAll(docx.texts("Heading3"));
        List<Section> sections = pack.groups().stream().flatMap(g -> g.sections().stream()).toList();
        for (Section s : sections) {
            assertTrue(headings.contains(s.heading()), s.heading());
        }
        List<List<String>> rows = docx.tables.get(0).stream().filter(r -> r.size() == 5).skip(1).toList();
        assertEquals(pack.coverage().rows(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            CoverageRow r = pack.coverage().table().get(i);
            assertEquals(List.of(PackText.rowLabel(r), String.valueOf(r.passages()), String.valueOf(r.documents()),
                    r.strengthTh(), r.gap() == null ? "—" : r.gap()), rows.get(i));
        }
        List<String> citations = docx.texts("Citation");
        List<EvidencePack.Quotation> quotes = sections.stream().flatMap(s -> s.quotations().stream()).toList();
        assertEquals(quotes.size(), citations.size());
        for (int i = 0; i < quotes.size(); i++) {
            EvidencePack.Citation c = quotes.get(i).citation();
            assertTrue(citations.get(i).contains(c.source()) && citations.get(i).contains("ข้อความที่ " + c.passage()),
                    citations.get(i));
        }
        assertEquals(quotes.stream().map(q -> q.citation().link()).toList(), docx.externalLinks);
    }

    @Test
    void categoryFourFromTheSeedsHasKmEvidenceAndStatesItsGaps() {
        EvidencePack pack = EvidenceFixtures.pack(index, "pmqa40", 4);
        EvidencePack.Coverage c = pack.coverage();
        System.out.printf("seed coverage, category 4, PMQA 4.0: %d of %d rows (%s), %d strong, %d partial, %d none%n",
                c.strong() + c.partial(), c.rows(), PackText.percent(c.filled()), c.strong(), c.partial(), c.none());
        assertEquals(20, c.rows());
        Section km = section(pack, "item-4.3");
        assertEquals(Strength.STRONG, km.strength());
        // the study visit of 000 describes the OPDC's own KM system (plan, Knowledge Center, sharing)
        assertTrue(km.quotations().stream().anyMatch(q -> q.citation().source().startsWith("000_")
                && q.text().contains("การจัดการความรู้")), km.toString());
        assertTrue(c.none() > 0, "five news and manual texts cannot cover every KM step");
        for (CoverageRow r : c.table()) {
            if (r.strength() == Strength.NONE) {
                assertTrue(r.gap().startsWith("ไม่พบหลักฐาน — เอกสารที่ช่วยได้: "), r.gap());
            }
        }
        // a seed mentions the FL codes of หมวด 4 of the 2552 edition; they are cited where the text gives them
        EvidencePack fl = EvidenceFixtures.pack(index, "fl2552", 4);
        assertTrue(fl.groups().get(0).sections().stream().anyMatch(s -> s.strength() != Strength.NONE));
    }
}
