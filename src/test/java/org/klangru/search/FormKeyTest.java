package org.klangru.search;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class FormKeyTest {
    private static boolean holds(String text, String form) {
        return FormKey.of(text).holds(FormKey.key(form));
    }

    @Test
    void latinFormsCountAsWholeWordsOnly() {
        assertFalse(holds("job rotation", "OT"), "inside 'rotation'");
        assertFalse(holds("MRTA ต้อนรับคณะ", "MRT"));
        assertTrue(holds("KM DAY 2566", "KM"), "a word of the query");
        assertTrue(holds("กิจกรรม KM DAY", "km day"), "case and spaces ignored");
        assertTrue(holds("ศูนย์GECCจังหวัด", "GECC"), "Latin beside Thai is a word of its own");
        assertTrue(holds("ฝุ่น PM2.5 สูง", "PM 2.5"));
    }

    @Test
    void piecesAreWhatHoldsAccepts() {
        FormKey q = FormKey.of("KM DAY ธอส.");
        java.util.Set<String> pieces = q.pieces(20);
        assertTrue(pieces.containsAll(java.util.List.of("km", "kmday", "day", "ธอส", "อส", "kmdayธอส")), pieces.toString());
        assertFalse(pieces.contains("m") || pieces.contains("kmd") || pieces.contains("ay"), pieces.toString());
        for (String p : pieces) {
            assertTrue(q.holds(p), p);
        }
        assertTrue(q.pieces(2).stream().allMatch(p -> p.length() <= 2));
    }

    @Test
    void aTypedFragmentIsInAFormAsWholeWords() {
        assertTrue(FormKey.of("rotation").isIn("Job Rotation"));
        assertFalse(FormKey.of("OFI").isIn("certificate of identity"));
        assertTrue(FormKey.of("ราชการสะดวก").isIn("ศูนย์ราชการสะดวก"), "Thai anywhere");
    }

    @Test
    void thaiFormsCountAnywhere() {
        assertTrue(holds("ผู้บริหารธนาคารอาคารสงเคราะห์มอบนโยบาย", "ธนาคารอาคารสงเคราะห์"));
        assertTrue(holds("ผู้ว่าการ รฟม ให้การต้อนรับ", "รฟม."), "dots ignored");
        assertTrue(holds("ประชุม สป. มท. วันนี้", "สป.มท."), "white space ignored");
        assertFalse(holds("", "ธอส."));
    }
}
