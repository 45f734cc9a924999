package org.klangru.taxonomy;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** A piece of a long paragraph takes the paragraph's categories and keeps only what its own text marks. */
class PieceOfParagraphTest {
    @Test
    void aPieceCarriesTheParagraphsCategoriesAndItsOwnEvidence() {
        CodeLabel code = new CodeLabel("CS1", "2551", 0.9, "พบรหัส");
        Classification piece = new Classification(List.of(
                new CategoryLabel(3, 0.12, "โมเดลจัดหมวด: ความน่าจะเป็น 0.12"),
                new CategoryLabel(6, 0.95, "ระบุ \"หมวด 6\"")), List.of(code), List.of(6));
        Classification paragraph = new Classification(List.of(
                new CategoryLabel(4, 0.61, "โมเดลจัดหมวด: ความน่าจะเป็น 0.61"),
                new CategoryLabel(6, 0.40, "โมเดลจัดหมวด: ความน่าจะเป็น 0.40")), List.of(), List.of(4));

        Classification labelled = piece.asPieceOf(paragraph);

        assertEquals(List.of(6, 4), labelled.categoryNumbers(), "the piece's weak 3 is the paragraph's call, not its own");
        assertEquals("ระบุ \"หมวด 6\"", labelled.categories().get(0).why(), "its own evidence keeps its own reason");
        assertEquals("อ่านทั้งย่อหน้า (the whole paragraph): โมเดลจัดหมวด: ความน่าจะเป็น 0.61",
                labelled.categories().get(1).why());
        assertEquals(0.61, labelled.categories().get(1).confidence());
        assertEquals(List.of(6), labelled.evidenceCategories(), "an evidence pack quotes the piece: its own evidence only");
        assertEquals(List.of(code), labelled.codes());
    }
}
