package org.klangru.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OrphanMarksTest {

    @Test
    void toneMarkBeforeTheWordOfAPageHeader() {
        // royal-gazette pdf page header: U+000A U+0E49 ห น า ... U+000A U+0E48 เ ล ม
        assertEquals("\nหน้า   ๑\n\nเล่ม   ๑๔๐",
                OrphanMarks.fix("\n\u0E49\u0E2B\u0E19\u0E32   ๑\n\n\u0E48\u0E40\u0E25\u0E21   ๑๔๐"));
    }

    @Test
    void leavesAMarkThatMakesNoWordAlone() {
        String s = "\n\u0E49xyz\n\u0E48กขฃ";
        assertEquals(s, OrphanMarks.fix(s));
    }

    @Test
    void onlyAtTheStartOfALine() {
        String s = "คำ \u0E49หนา";
        assertEquals(s, OrphanMarks.fix(s));
    }
}
