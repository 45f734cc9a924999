package org.klangru.search;

import org.junit.jupiter.api.Test;
import org.klangru.analysis.Equivalent;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** The learned pairs a query sends to SolrCloud: those of every short form that has a side in the query, and no more. */
class EquivalentsTouchingTest {
    static final Equivalent GHB = new Equivalent("ธอส.", "ธนาคารอาคารสงเคราะห์", Equivalent.Kind.ABBREVIATION);
    static final Equivalent GHB_SHORTER = new Equivalent("ธอส.", "อาคารสงเคราะห์", Equivalent.Kind.ABBREVIATION);
    static final Equivalent GECC = new Equivalent("GECC", "ศูนย์ราชการสะดวก", Equivalent.Kind.TRANSLATION);
    static final Equivalent OT = new Equivalent("OT", "ค่าล่วงเวลา", Equivalent.Kind.TRANSLATION);
    static final EquivalentTable.Touching LEARNED = new EquivalentTable.Touching(
            Map.of(GHB, 31, GHB_SHORTER, 2, GECC, 12, OT, 3));

    @Test
    void aSideInTheQueryBringsEveryPairOfItsShortForm() {
        assertEquals(Map.of(GHB, 31, GHB_SHORTER, 2), LEARNED.of("สินเชื่อบ้าน ธนาคารอาคารสงเคราะห์"));
        assertEquals(Map.of(GHB, 31, GHB_SHORTER, 2), LEARNED.of("ธ.อ.ส. สินเชื่อ"));
        assertEquals(Map.of(GECC, 12), LEARNED.of("ศูนย์ราชการสะดวก 2567"));
    }

    @Test
    void aLatinFormCountsOnlyAsAWholeWord() {
        assertEquals(Map.of(), LEARNED.of("job rotation"));
        assertEquals(Map.of(OT, 3), LEARNED.of("ค่า OT เจ้าหน้าที่"));
        assertEquals(Map.of(), LEARNED.of(""));
    }
}
