package org.klangru.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Tokens of the project's analyzers, asserted exactly where it matters (as Anserini's per-language tests
 * do): domain terms over their parts, synonyms on the query side, folding, {@code ๆ}.
 */
class KlangruAnalysisTest {
    private static final String TEXT = "text";
    private final Analyzer index = KlangruAnalysis.indexAnalyzer();
    private final Analyzer query = KlangruAnalysis.queryAnalyzer();

    private List<String> indexed(String text) {
        return Tokens.positioned(index, TEXT, text);
    }

    private Set<String> queryTerms(String text) {
        return new HashSet<>(Tokens.terms(query, TEXT, text));
    }

    @Test
    void domainTermIsAnExtraTokenOverItsParts() {
        assertEquals(List.of("ผู้มีส่วนได้ส่วนเสีย@0~6", "ผู้@0", "มี@1", "ส่วน@2", "ได้@3", "ส่วน@4", "เสีย@5", "ทุก@6", "กลุ่ม@7"),
                indexed("ผู้มีส่วนได้ส่วนเสียทุกกลุ่ม"));
        assertEquals(List.of("คณะ@0", "ศึกษาดูงาน@1~3", "ศึกษา@1", "ดู@2", "งาน@3"), indexed("คณะศึกษาดูงาน"));
    }

    @Test
    void latinAndDigitTermsMaySpanASpace() {
        assertEquals(List.of("pmqa4.0@0~2", "pmqa@0", "4.0@1"), indexed("PMQA 4.0"));
        assertEquals(List.of("pmqa4.0@0~2", "pmqa@0", "4.0@1"), indexed("ＰＭＱＡ　４．０"));
        assertEquals(List.of("pmqa4.0@0"), indexed("pmqa4.0"));
        assertEquals(List.of("applicationreport@0~2", "application@0", "report@1"), indexed("Application Report"));
    }

    @Test
    void aSpaceBetweenThaiPartsIsAPhraseBreak() {
        assertEquals(List.of("ศึกษา@0", "ดู@1", "งาน@2"), indexed("ศึกษา ดูงาน"));
    }

    @Test
    void termsInsideLongerTermsAreIndexedToo() {
        List<String> t = indexed("เกณฑ์คุณภาพการบริหารจัดการภาครัฐ");
        assertEquals("เกณฑ์คุณภาพการบริหารจัดการภาครัฐ@0~7", t.get(0));
        assertTrue(t.contains("การบริหารจัดการภาครัฐ@2~5"), t.toString());
    }

    @Test
    void abbreviationSpellingsAreOneTerm() {
        assertEquals(List.of("สํานักงาน@0", "กพร@1"), indexed("สำนักงาน ก.พ.ร."));
        assertEquals(List.of("กพร@0"), indexed("ก.พ.ร"));
        assertEquals(List.of("กพร@0"), indexed("กพร"));
    }

    @Test
    void thaiDigitsAndLatinCaseAreFolded() {
        assertEquals(Tokens.terms(index, TEXT, "พ.ศ. 2545 PMQA"), Tokens.terms(index, TEXT, "พ.ศ. ๒๕๔๕ pmqa"));
        assertTrue(Tokens.terms(index, TEXT, "ปี ๒๕๖๖").contains("2566"));
    }

    @Test
    void repetitionMarkIsDroppedSoTheWordMatches() {
        assertEquals(List.of("เร็ว@0", "นี้@1"), indexed("เร็วๆ นี้"));
        assertEquals(List.of("เร็ว@0", "นี้@1"), indexed("เร็ว ๆ นี้"));
        assertEquals(List.of("กรุงเทพ@0"), indexed("กรุงเทพฯ"));
    }

    @Test
    void queryHasTheIndexTokensPlusSynonyms() {
        for (String text : List.of("ผู้มีส่วนได้ส่วนเสีย", "การจัดการความรู้ของส่วนราชการ", "PMQA 4.0", "ศึกษาดูงาน ก.พ.ร.")) {
            Set<String> q = queryTerms(text);
            for (String t : Tokens.terms(index, TEXT, text)) {
                assertTrue(q.contains(t), t + " indexed but not queried for " + text + ": " + q);
            }
        }
    }

    @Test
    void domainSynonymsBothWays() {
        assertTrue(queryTerms("KM").contains("การจัดการความรู้"));
        assertTrue(queryTerms("การจัดการความรู้").contains("km"));
        assertTrue(queryTerms("SOP").containsAll(List.of("คู่มือการปฏิบัติงาน", "มาตรฐานการปฏิบัติงาน")));
        assertTrue(queryTerms("คู่มือการปฏิบัติงาน").contains("sop"));
        assertTrue(queryTerms("รางวัลเลิศรัฐ").contains("รางวัลคุณภาพการบริหารจัดการภาครัฐ"));
        assertTrue(queryTerms("รางวัลคุณภาพการบริหารจัดการภาครัฐ").contains("รางวัลเลิศรัฐ"));
        assertTrue(queryTerms("ก.พ.ร.").contains("สํานักงานคณะกรรมการพัฒนาระบบราชการ"));
        assertTrue(queryTerms("สำนักงานคณะกรรมการพัฒนาระบบราชการ").contains("กพร"));
    }

    @Test
    void aCompoundWithoutItsInnerKanFindsTheRule() {
        assertTrue(queryTerms("คู่มือปฏิบัติงาน").containsAll(List.of("sop", "คู่มือการปฏิบัติงาน", "มาตรฐานการปฏิบัติงาน")));
        assertTrue(queryTerms("มาตรฐานปฏิบัติงาน").contains("sop"));
        assertEquals(Set.of("คู่มือปฏิบัติงาน"), DomainSynonyms.shortenedForms("คู่มือการปฏิบัติงาน", true));
        assertEquals(Set.of(), DomainSynonyms.shortenedForms("ศูนย์บริการ", true), "การ inside a word stays");
        assertEquals(Set.of(), DomainSynonyms.shortenedForms("การประชุม", true), "one word alone stands for more than the term");
    }

    @Test
    void aTermUsedWithoutItsLeadingKanFindsTheRule() {
        // "วันจัดการความรู้": the term การจัดการความรู้ inside a longer name, without its การ
        assertTrue(queryTerms("วันจัดการความรู้").contains("km"));
        assertTrue(queryTerms("ทบทวนหลังปฏิบัติงาน").contains("aar"), "without both");
        assertEquals(Set.of("การทบทวนหลังปฏิบัติงาน", "ทบทวนหลังการปฏิบัติงาน", "ทบทวนหลังปฏิบัติงาน"),
                DomainSynonyms.shortenedForms("การทบทวนหลังการปฏิบัติงาน", true));
        assertEquals(Set.of(), DomainSynonyms.shortenedForms("การร้องเรียน", false), "near equivalents keep their การ");
        assertFalse(Tokens.terms(KlangruAnalysis.paraphraseAnalyzer(), TEXT, "ระบบร้องเรียน").contains("เรื่องร้องเรียน"),
                "the verb is not the near equivalent's noun");
        // the same for the equivalents a collection defines
        Analyzer learned = KlangruAnalysis.paraphraseAnalyzer(List.of(Map.entry("job rotation", "การหมุนเวียนงาน")));
        assertTrue(Tokens.terms(learned, TEXT, "หมุนเวียนงาน").contains("rotation"));
    }

    @Test
    void synonymsGoThroughTheSameNormalisation() {
        assertTrue(queryTerms("Ｋｍ").contains("การจัดการความรู้"));
        assertTrue(queryTerms("กพร").contains("สํานักงานคณะกรรมการพัฒนาระบบราชการ"));
        assertTrue(queryTerms("ก.พ.ร").contains("สํานักงานคณะกรรมการพัฒนาระบบราชการ"));
        // the synonym's own sara am spelling does not matter either
        assertTrue(queryTerms("KM").stream().noneMatch(t -> t.contains("\u0E33")));
    }

    @Test
    void queryGraphKeepsPositions() {
        assertEquals(List.of("km@0~4", "knowledgemanagement@0~4", "การ@0", "การจัดการความรู้@0~4", "จัดการ@1", "ความ@2", "รู้@3"),
                Tokens.positioned(query, TEXT, "การจัดการความรู้"));
    }

    @Test
    void ngramFieldsGetTheNgramAnalyzer() {
        assertEquals(Tokens.terms(KlangruAnalysis.ngramAnalyzer(), "x", "ปีงบประมาณ"),
                Tokens.terms(index, "text" + KlangruAnalysis.NGRAM_SUFFIX, "ปีงบประมาณ"));
        assertEquals(Tokens.terms(KlangruAnalysis.ngramAnalyzer(), "x", "ปีงบประมาณ"),
                Tokens.terms(query, "heading" + KlangruAnalysis.NGRAM_SUFFIX, "ปีงบประมาณ"));
        assertEquals("งบ", Tokens.terms(index, "text_ngram", "งบ").get(0));
    }

    @Test
    void versionCoversCodeIcuAndDictionaryContent() {
        String v = KlangruAnalysis.version();
        assertTrue(v.startsWith(ThaiWordAnalyzer.VERSION + "/" + ThaiNgramAnalyzer.VERSION + "/icu"), v);
        assertEquals(v, KlangruAnalysis.version());
        ThaiWordAnalyzer words = new ThaiWordAnalyzer();
        String a = KlangruAnalysis.contentHash(DomainTerms.parse("ศึกษาดูงาน\n", words), "km, การจัดการความรู้\n");
        String b = KlangruAnalysis.contentHash(DomainTerms.parse("ศึกษาดูงาน # a comment\n", words), "# note\nkm, การจัดการความรู้\n");
        String c = KlangruAnalysis.contentHash(DomainTerms.parse("ศึกษาดูงาน\nผู้รับบริการ\n", words), "km, การจัดการความรู้\n");
        assertEquals(a, b, "comments do not change the version");
        assertNotEquals(a, c, "a new term does");
    }

    @Test
    void aBadRuleNamesItsFileAndLine() {
        DomainTerms terms = KlangruAnalysis.domainTerms();
        Analyzer linear = new DomainWordAnalyzer(DomainWordAnalyzer.Mode.LINEAR, terms, null);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> DomainSynonyms.build(List.of(
                Map.entry(DomainSynonyms.RESOURCE, "km, การจัดการความรู้\n"),
                Map.entry(DomainSynonyms.PARAPHRASES, "# comment\nบุคลากร => เจ้าหน้าที่ => พนักงาน\n")), terms, linear));
        assertTrue(e.getMessage().startsWith("bad rule in paraphrases.txt: ") && e.getMessage().contains("line 2"),
                e.getMessage());
    }
}
