package org.klangru.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.klangru.evidence.EvidencePack.CoverageRow;
import org.klangru.evidence.EvidencePack.Quotation;
import org.klangru.evidence.EvidencePack.Section;
import org.klangru.evidence.EvidencePack.Strength;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;
import static org.klangru.evidence.EvidenceFixtures.section;

/**
 * A pack from a small corpus whose KM evidence is known: a KM plan, the order appointing the CKO and KM team, a CoP
 * report, a KM day, a knowledge-store manual and a report on the use of knowledge; nothing on analysis (4.2),
 * digital systems (4.4) or rewards (change-management element 6). The pack must find what is there, cite it fully,
 * and say plainly what is missing; the DOCX, Markdown and JSON must all carry it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidenceCorpusTest {
    Path index;
    EvidencePack pack;

    @BeforeAll
    void collect() {
        index = EvidenceFixtures.testCorpusIndex();
        pack = EvidenceFixtures.pack(index, "pmqa40", 4);
    }

    private static Set<String> sources(Section s) {
        return s.quotations().stream().map(q -> q.citation().source()).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void knownEvidenceIsFoundUnderItsStepOrElement() {
        Section sharing = section(pack, "km6");
        assertEquals(Strength.STRONG, sharing.strength());
        assertTrue(sources(sharing).containsAll(List.of("cop-report-1-2568.txt", "km-day-2568.txt")), sources(sharing).toString());
        assertEquals("km-plan-2568.txt", section(pack, "km1").quotations().get(0).citation().source());
        assertTrue(sources(section(pack, "km5")).contains("knowledge-store-manual.txt"));
        assertTrue(sources(section(pack, "km4")).contains("knowledge-store-manual.txt"));
        assertTrue(sources(section(pack, "km7")).contains("knowledge-use-followup-2568.txt"));
        Section cko = section(pack, "cm1");
        assertEquals("cko-order-2567.txt", cko.quotations().get(0).citation().source());
        assertTrue(cko.quotations().get(0).text().contains("ผู้บริหารสูงสุดด้านการจัดการความรู้"));
        assertTrue(sources(section(pack, "cm2")).contains("km-day-2568.txt"));
        assertEquals(Strength.STRONG, section(pack, "item-4.3").strength());
        assertTrue(section(pack, "item-4.3").documents() >= 5, section(pack, "item-4.3").toString());
        assertTrue(sources(section(pack, "item-4.3-Advance")).contains("knowledge-use-followup-2568.txt"));
    }

    @Test
    void missingEvidenceIsAGapThatNamesTheDocumentToAdd() {
        for (String id : List.of("item-4.2", "item-4.4", "cm6")) {
            Section s = section(pack, id);
            assertEquals(Strength.NONE, s.strength(), id);
            assertEquals(0, s.passages(), id);
            assertTrue(s.quotations().isEmpty(), id);
            assertTrue(s.gap().startsWith("ไม่พบหลักฐาน — เอกสารที่ช่วยได้: "), s.gap());
        }
        assertTrue(section(pack, "item-4.4").gap().contains("ดิจิทัล"), section(pack, "item-4.4").gap());
        assertTrue(section(pack, "cm6").gap().contains("รางวัล"), section(pack, "cm6").gap());
        Section one = section(pack, "km1");
        assertEquals(Strength.PARTIAL, one.strength());
        assertEquals(1, one.documents());
        assertTrue(one.gap().startsWith("พบหลักฐานจากเอกสารฉบับเดียว — ควรเพิ่ม: "), one.gap());
        assertNull(section(pack, "km6").gap());
    }

    @Test
    void coverageTableHasOneRowPerSectionAndConsistentTotals() {
        List<Section> sections = pack.groups().stream().flatMap(g -> g.sections().stream()).toList();
        List<CoverageRow> rows = pack.coverage().table();
        assertEquals(20, rows.size()); // 4 items + 3 levels of 4.3 + 7 KM steps + 6 change elements
        assertEquals(sections.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Section s = sections.get(i);
            CoverageRow r = rows.get(i);
            assertEquals(s.id(), r.sectionId());
            assertEquals(s.passages(), r.passages());
            assertEquals(s.documents(), r.documents());
            assertEquals(s.quotations().size(), r.quoted());
            assertEquals(s.strength(), r.strength());
            assertEquals(s.gap(), r.gap());
            assertTrue(r.quoted() <= Math.min(r.passages(), EvidenceRequest.DEFAULT_QUOTES));
            assertEquals(r.strength() == Strength.NONE, r.passages() == 0);
        }
        EvidencePack.Coverage c = pack.coverage();
        assertEquals(c.rows(), c.strong() + c.partial() + c.none());
        assertEquals(Math.round(1000.0 * (c.strong() + c.partial()) / c.rows()) / 1000.0, c.filled());
        assertEquals(List.of("item-4.1", "item-4.2", "item-4.3", "item-4.3-Basic", "item-4.3-Advance",
                "item-4.3-Significance", "item-4.4"), pack.groups().get(0).sections().stream().map(Section::id).toList());
    }

    @Test
    void citationsAreComplete() {
        Quotation q = section(pack, "km6").quotations().stream()
                .filter(x -> x.citation().source().equals("cop-report-1-2568.txt")).findFirst().orElseThrow();
        EvidencePack.Citation c = q.citation();
        assertEquals("รายงานผลการดำเนินงานชุมชนนักปฏิบัติ (CoP) นักให้คำปรึกษาผู้ประกอบการ ครั้งที่ 1/2568", c.title());
        assertEquals("2024-12-20", c.date());
        assertEquals("20 ธันวาคม 2567", c.dateTh());
        assertEquals("กรมพัฒนาความรู้ตัวอย่าง", c.agency());
        assertTrue(c.passage() >= 1);
        assertEquals(c.passageId(), c.documentId() + "-" + String.format("%04d", c.passage() - 1));
        assertEquals(EvidenceFixtures.BASE + "/?view=doc&id=" + c.documentId() + "&passage=" + c.passageId(), c.link());
        assertTrue(c.text().contains("20 ธันวาคม 2567") && c.text().contains("ไฟล์ cop-report-1-2568.txt")
                && c.text().contains("ข้อความที่ " + c.passage()), c.text());
        assertFalse(q.reasons().isEmpty());
        // undated documents say so rather than inventing a date
        EvidencePack.Citation manual = section(pack, "km5").quotations().stream().map(Quotation::citation)
                .filter(x -> x.source().equals("knowledge-store-manual.txt")).findFirst().orElseThrow();
        assertNull(manual.dateTh());
        assertTrue(manual.text().contains("ไม่ระบุวันที่"), manual.text());
        // every quotation is the passage's own text
        for (Section s : pack.groups().stream().flatMap(g -> g.sections().stream()).toList()) {
            for (Quotation x : s.quotations()) {
                assertFalse(x.text().isBlank());
                assertNotNull(x.citation().source());
                assertTrue(x.score() > 0);
            }
        }
    }

    @Test
    void docxCarriesHeadingsCoverageTableCitationsAndThaiFont() {
        byte[] bytes = new DocxEvidenceWriter().write(pack);
        DocxReader docx = new DocxReader(bytes);
        assertEquals(List.of(), docx.schemaErrors, "valid WordprocessingML");
        assertEquals(pack.titleTh(), docx.title);
        assertEquals(List.of(pack.titleTh()), docx.texts("Title"));

        List<String> h1 = docx.texts("Heading1");
        assertEquals(PackText.COVERAGE, h1.get(0));
        assertTrue(h1.containsAll(pack.groups().stream().map(EvidencePack.Group::titleTh).toList()), h1.toString());
        assertTrue(h1.contains("กระบวนการจัดการความรู้ 7 ขั้นตอน"));
        assertTrue(h1.contains("กระบวนการบริหารการเปลี่ยนแปลง 6 องค์ประกอบ"));
        List<String> h2 = docx.texts("Heading2");
        assertTrue(h2.contains("ขั้นที่ 1 การบ่งชี้ความรู้ (Knowledge Identification)"), h2.toString());
        assertTrue(h2.contains("ขั้นที่ 7 การเรียนรู้ (Learning)"), h2.toString());
        assertTrue(h2.contains("องค์ประกอบที่ 6 การยกย่องชมเชยและการให้รางวัล (Recognition and Rewards)"), h2.toString());
        assertTrue(h2.stream().anyMatch(h -> h.startsWith("4.3 การจัดการความรู้")), h2.toString());
        assertEquals(List.of("ระดับพื้นฐาน (Basic)", "ระดับก้าวหน้า (Advance)", "ระดับพัฒนาจนเกิดผล (Significance)"),
                docx.texts("Heading3"));

        // the coverage table comes first, before any section
        assertEquals(1, docx.tables.size());
        int tableAt = docx.tablePositions.get(0);
        assertTrue(tableAt < docx.positionOf("Heading1", pack.groups().get(0).titleTh()));
        assertTrue(tableAt > docx.positionOf("Heading1", PackText.COVERAGE));
        List<List<String>> table = docx.tables.get(0);
        assertEquals(List.of(PackText.TABLE_HEADER), table.get(0));
        List<List<String>> dataRows = table.stream().filter(r -> r.size() == 5).skip(1).toList();
        List<CoverageRow> rows = pack.coverage().table();
        assertEquals(rows.size(), dataRows.size());
        assertEquals(1 + pack.groups().size() + rows.size(), table.size()); // header, a row per group, a row per section
        for (int i = 0; i < rows.size(); i++) {
            CoverageRow r = rows.get(i);
            List<String> cells = dataRows.get(i);
            assertEquals(PackText.rowLabel(r), cells.get(0));
            assertEquals(String.valueOf(r.passages()), cells.get(1), r.label());
            assertEquals(String.valueOf(r.documents()), cells.get(2), r.label());
            assertEquals(r.strength().nameTh(), cells.get(3), r.label());
            assertEquals(r.gap() == null ? "—" : r.gap(), cells.get(4));
        }
        assertTrue(docx.paragraphs.stream().anyMatch(p -> p.text().equals(PackText.summary(pack.coverage()))));

        // every quotation with its citation and its link
        List<String> citations = docx.texts("Citation");
        List<Quotation> quotes = pack.groups().stream().flatMap(g -> g.sections().stream())
                .flatMap(s -> s.quotations().stream()).toList();
        assertEquals(quotes.size(), citations.size());
        assertEquals(quotes.size(), docx.texts("Quote").size());
        for (int i = 0; i < quotes.size(); i++) {
            assertEquals("ที่มา: " + quotes.get(i).citation().text() + " · " + PackText.OPEN_LINK, citations.get(i));
        }
        assertEquals(quotes.stream().map(q -> q.citation().link()).toList(), docx.externalLinks);
        assertTrue(citations.stream().anyMatch(c -> c.contains("20 ธันวาคม 2567") && c.contains("cop-report-1-2568.txt")));
        assertTrue(docx.paragraphs.stream().anyMatch(p -> p.text().startsWith("ไม่พบหลักฐาน") || p.text().startsWith("สิ่งที่ยังขาด: ไม่พบหลักฐาน")));

        // table of contents: a field Word updates on open, with the sections written in for LibreOffice
        assertTrue(docx.documentXml.contains("TOC \\o \"1-3\""), "TOC field");
        assertTrue(docx.updateFields);
        List<String> toc1 = docx.texts("TOC1");
        assertEquals(PackText.COVERAGE, toc1.get(0));
        assertTrue(docx.texts("TOC2").contains("ขั้นที่ 1 การบ่งชี้ความรู้ (Knowledge Identification)"));
        int tocEntries = docx.texts("TOC1").size() + docx.texts("TOC2").size() + docx.texts("TOC3").size();
        assertEquals(docx.texts("Heading1").size() + docx.texts("Heading2").size() + docx.texts("Heading3").size(), tocEntries);
        assertEquals(tocEntries, docx.anchors.size());

        // TH Sarabun New for Thai (complex script) on the defaults and on every run
        assertEquals(DocxEvidenceWriter.FONT, docx.defaultFontCs);
        assertFalse(docx.runFontsCs.isEmpty());
        assertTrue(docx.runFontsCs.stream().allMatch(DocxEvidenceWriter.FONT::equals), "every run names the Thai font");
    }

    @Test
    void markdownAndJsonCarryTheSameContent() throws Exception {
        String md = new MarkdownEvidenceWriter().toMarkdown(pack);
        assertTrue(md.startsWith("# " + pack.titleTh() + "\n"));
        int coverage = md.indexOf("## " + PackText.COVERAGE);
        int firstGroup = md.indexOf("## " + MarkdownEvidenceWriter.esc(pack.groups().get(0).titleTh()));
        assertTrue(coverage > 0 && coverage < firstGroup);
        for (CoverageRow r : pack.coverage().table()) {
            assertTrue(md.contains(" | " + r.passages() + " | " + r.documents() + " | " + r.strengthTh() + " | "), r.label());
        }
        assertTrue(md.contains("### ขั้นที่ 1 การบ่งชี้ความรู้ (Knowledge Identification)"));
        assertTrue(md.contains("#### ระดับพื้นฐาน (Basic)"));
        for (Section s : pack.groups().stream().flatMap(g -> g.sections().stream()).toList()) {
            for (Quotation q : s.quotations()) {
                assertTrue(md.contains("](" + q.citation().link() + ")"), q.citation().link());
            }
        }
        assertTrue(md.contains("ไม่พบหลักฐาน — เอกสารที่ช่วยได้: "));

        JsonNode json = new ObjectMapper().readTree(new JsonEvidenceWriter().write(pack));
        assertEquals(4, json.get("category").asInt());
        assertEquals("pmqa40", json.get("framework").asText());
        JsonNode table = json.get("coverage").get("table");
        assertEquals(pack.coverage().table().size(), table.size());
        for (int i = 0; i < table.size(); i++) {
            CoverageRow r = pack.coverage().table().get(i);
            assertEquals(r.passages(), table.get(i).get("passages").asInt());
            assertEquals(r.strength().id(), table.get(i).get("strength").asText());
        }
        JsonNode km6 = json.get("groups").get(1).get("sections").get(5);
        assertEquals("km6", km6.get("id").asText());
        assertEquals("strong", km6.get("strength").asText());
        assertTrue(km6.get("quotations").get(0).get("citation").get("link").asText().startsWith(EvidenceFixtures.BASE));
    }

    @Test
    void fundamentalLevelEditionTwoHasKmAsIt3AndKeepsEditionsApart() {
        EvidencePack fl2 = EvidenceFixtures.pack(index, "fl2", 4);
        assertEquals(List.of("IT1", "IT2", "IT3", "IT4"),
                fl2.groups().get(0).sections().stream().map(Section::label).toList());
        Section it3 = section(fl2, "code-FL2-IT3");
        assertEquals("การจัดการความรู้", it3.titleTh());
        assertEquals(Strength.STRONG, it3.strength());
        Quotation first = it3.quotations().get(0);
        assertEquals("km-plan-2568.txt", first.citation().source());
        assertTrue(first.reasons().contains("ระบุรหัส IT3 ตามฉบับ FL2"), first.reasons().toString());
        assertEquals(20 - 7 + 4, fl2.coverage().rows());

        // the plan's IT3 is edition 2: it is no evidence for IT3 of the 2552 edition (a support-process database)
        EvidencePack fl2552 = EvidenceFixtures.pack(index, "fl2552", 4);
        Section old = section(fl2552, "code-FL2552-IT3");
        assertTrue(old.quotations().stream().noneMatch(q -> q.reasons().stream().anyMatch(r -> r.startsWith("ระบุรหัส"))),
                old.toString());
        assertNotNull(section(fl2552, "code-FL2552-IT7").note(), "unverified titles say so");
    }

    @Test
    void agencyAndYearFiltersNarrowTheEvidence() {
        EvidencePack none = EvidenceFixtures.pack(index, "pmqa40", 4, List.of("กรมที่ไม่มีในคลัง"), List.of());
        assertEquals(none.coverage().rows(), none.coverage().none());
        assertEquals(0.0, none.coverage().filled());
        assertEquals(List.of("กรมที่ไม่มีในคลัง"), none.filters().agencies());

        EvidencePack y2568 = EvidenceFixtures.pack(index, "pmqa40", 4, List.of(), List.of(2568));
        List<EvidencePack.Citation> cited = y2568.groups().stream().flatMap(g -> g.sections().stream())
                .flatMap(s -> s.quotations().stream()).map(Quotation::citation).toList();
        assertFalse(cited.isEmpty());
        for (EvidencePack.Citation c : cited) {
            assertTrue(c.dateTh() != null && c.dateTh().endsWith(" 2568"), c.text());
        }
        assertEquals(Strength.NONE, section(y2568, "cm1").strength(), "the CKO order is of 2567");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7})
    void everyCategoryMakesAPack(int category) {
        EvidencePack p = EvidenceFixtures.pack(index, "pmqa40", category);
        assertEquals(category, p.category());
        assertTrue(p.coverage().rows() >= 4);
        assertEquals(category == 4 ? 3 : 1, p.groups().size());
        DocxReader docx = new DocxReader(new DocxEvidenceWriter().write(p));
        assertEquals(p.coverage().rows() + p.groups().size() + 1, docx.tables.get(0).size());
        for (Section s : p.groups().get(0).sections()) {
            assertTrue(docx.texts(s.depth() > 1 ? "Heading3" : "Heading2").contains(s.heading()), s.heading());
        }
    }
}
