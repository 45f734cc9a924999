package org.klangru.search;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class OverlapFoldingTest {
    private static final String A = "ส่วนแรกของย่อหน้ายาว ".repeat(5) + "ข้อความที่ซ้อนกันระหว่างสองท่อน ตรงนี้ทั้งสองท่อนมีเหมือนกัน";
    private static final String B = "ข้อความที่ซ้อนกันระหว่างสองท่อน ตรงนี้ทั้งสองท่อนมีเหมือนกัน" + " ส่วนหลังของย่อหน้ายาว".repeat(5);

    @Test
    void theLowerRankedOfTwoOverlappingNeighboursIsFolded() {
        OverlapFolding f = new OverlapFolding();
        assertFalse(f.overlapsKept("d1", 4, B));
        assertTrue(f.overlapsKept("d1", 3, A), "the earlier piece, ranked lower, shares its tail with the kept one");
    }

    @Test
    void theFoldedNeighbourAddsWhatItHasBeyondTheOverlap() {
        OverlapFolding f = new OverlapFolding();
        assertEquals(-1, f.add("d1", 3, A));
        assertEquals(0, f.add("d1", 4, B));
        String joined = f.text(0);
        assertTrue(joined.startsWith(A) && joined.endsWith(B), joined);
        assertEquals(A.length() + B.length() - OverlapFolding.overlap(A, B), joined.length(), "the overlap once");
    }

    @Test
    void neighboursThatDoNotOverlapOrOtherDocumentsAreKept() {
        OverlapFolding f = new OverlapFolding();
        assertFalse(f.overlapsKept("d1", 3, A));
        assertFalse(f.overlapsKept("d2", 4, B), "another document");
        assertFalse(f.overlapsKept("d1", 5, B), "not the next passage");
        assertFalse(f.overlapsKept("d1", 4, " ส่วนหลังของย่อหน้ายาว".repeat(5)), "next passage without shared text");
    }
}
