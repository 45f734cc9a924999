package org.klangru.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which text layers repair cannot save and OCR should read instead. */
class TextLayerQualityTest {

    /** A clean page-length Thai text written for the project (1,934 Thai letters, 27 sara am). */
    private static String kmPlan() throws IOException {
        try (InputStream in = TextLayerQualityTest.class.getResourceAsStream("/web-corpus/km-plan-2567.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void cleanThaiIsUsable() throws IOException {
        TextLayerQuality.Assessment a = TextLayerQuality.assess(kmPlan());
        assertTrue(a.thaiLetters() > 1_500, a.toString());
        assertNull(a.problem(), a.toString());
        assertTrue(a.unknownThaiShare() < 0.03, a.toString());
    }

    @Test
    void saraAmLostFromEveryWordIsBroken() throws IOException {
        String dropped = ThaiTextRepair.repair(kmPlan().replace("\u0E33", ""));
        assertEquals("sara am lost", TextLayerQuality.assess(dropped).problem());
        String asSaraAa = ThaiTextRepair.repair(kmPlan().replace("\u0E33", "\u0E32"));
        assertEquals("sara am lost", TextLayerQuality.assess(asSaraAa).problem());
    }

    @Test
    void saraAmIsNotJudgedOnAShortPage() {
        // a few lines without ำ say nothing: many sentences have none
        String s = "การจัดการความรู้ของหน่วยงานช่วยให้บุคลากรเรียนรู้จากประสบการณ์ของผู้อื่น\n".repeat(8);
        TextLayerQuality.Assessment a = TextLayerQuality.assess(s);
        assertEquals(0, a.saraAm());
        assertTrue(a.usable(), a.toString());
    }

    @Test
    void toneMarksLostPushesThaiOutOfTheDictionary() throws IOException {
        String noTones = ThaiTextRepair.repair(kmPlan().replaceAll("[\u0E48-\u0E4B]", ""));
        TextLayerQuality.Assessment a = TextLayerQuality.assess(noTones);
        assertEquals("Thai outside the dictionary", a.problem(), a.toString());
    }

    @Test
    void unmappedGlyphsAreBroken() {
        String glyphs = "\uF701\uF702\uE123\uE124 ".repeat(20) + "หน้า 3";
        assertEquals("unmapped glyphs", TextLayerQuality.assess(glyphs).problem());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n ", "- 3 -", "หน้า ๑๒", "สำเนา"})
    void aPageNumberOrAStampIsNoText(String page) {
        TextLayerQuality.Assessment a = TextLayerQuality.assess(page);
        assertTrue(a.empty(), a.toString());
        assertFalse(a.usable());
    }

    @Test
    void englishIsJudgedByItsLettersOnly() {
        String english = "Application Report workshop for PMQA 4.0 applicants, 20-21 February 2023. ".repeat(5);
        assertTrue(TextLayerQuality.assess(english).usable());
    }

    @Test
    void theSeedsAreUsableAndTheirDamagedCopiesAreNot() throws Exception {
        Assumptions.assumeTrue(SharedCorpus.present(), "shared corpus not present at " + SharedCorpus.ROOT);
        for (int n = 0; n < 5; n++) {
            String text = Files.readString(SharedCorpus.seedText(n));
            String name = "seed " + n;
            assertTrue(TextLayerQuality.assess(text).usable(), name);
            assertTrue(TextLayerQuality.assess(ThaiTextRepair.repair(SharedCorpus.extract(SharedCorpus.seedPdf(n)))).usable(),
                    name + " pdf");
            assertFalse(TextLayerQuality.assess(ThaiTextRepair.repair(text.replace("\u0E33", ""))).usable(), name);
            assertFalse(TextLayerQuality.assess(ThaiTextRepair.repair(text.replaceAll("[\u0E48-\u0E4B]", ""))).usable(), name);
        }
    }
}
