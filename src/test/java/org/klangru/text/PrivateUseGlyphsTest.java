package org.klangru.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PrivateUseGlyphsTest {

    @Test
    void mapsWindowsGlyphsInRealText() {
        // ThaiGov news copied from PDFs: ท U+F70A อ (mai ek shifted down) ...
        assertEquals("ท่องเที่ยว", PrivateUseGlyphs.map("ท\uF70Aองเที่ยว"));
        // ข U+F70B อ (mai tho shifted down)
        assertEquals("ข้อเสนอ", PrivateUseGlyphs.map("ข\uF70Bอเสนอ"));
        // ภาพลักษณ U+F70E (thanthakhat shifted down), then a space
        assertEquals("ภาพลักษณ์ การเจาะ", PrivateUseGlyphs.map("ภาพลักษณ\uF70E การเจาะ"));
        // ใหม U+F70A at the end of a word
        assertEquals("ใหม่ และ", PrivateUseGlyphs.map("ใหม\uF70A และ"));
    }

    @Test
    void mapsTheWholeWindowsTable() {
        String pua = "\uF700\uF701\uF702\uF703\uF704\uF705\uF706\uF707\uF708\uF709\uF70A\uF70B\uF70C\uF70D"
                + "\uF70E\uF70F\uF710\uF711\uF712\uF713\uF714\uF715\uF716\uF717\uF718\uF719\uF71A";
        String thai = "\u0E10\u0E34\u0E35\u0E36\u0E37\u0E48\u0E49\u0E4A\u0E4B\u0E4C\u0E48\u0E49\u0E4A\u0E4B"
                + "\u0E4C\u0E0D\u0E31\u0E4D\u0E47\u0E48\u0E49\u0E4A\u0E4B\u0E4C\u0E38\u0E39\u0E3A";
        assertEquals("ก" + thai, PrivateUseGlyphs.map("ก" + pua));
    }

    @Test
    void mapsMacGlyphs() {
        // U+F88B mai ek shifted down, U+F89B sara u shifted down, U+F89E tho than without descender
        assertEquals("ท่ ดุ", PrivateUseGlyphs.map("ท\uF88B ด\uF89B"));
        assertEquals("ฐาน", PrivateUseGlyphs.map("\uF89Eาน"));
        assertEquals("\u0E31\u0E34\u0E35\u0E36\u0E37\u0E47\u0E48\u0E48\u0E48\u0E49\u0E49\u0E49\u0E4A\u0E4A\u0E4A"
                + "\u0E4B\u0E4B\u0E4B\u0E4C\u0E4C\u0E4C\u0E4D\u0E0D\u0E38\u0E39\u0E3A\u0E10ก",
                PrivateUseGlyphs.map("\uF884\uF885\uF886\uF887\uF888\uF889\uF88A\uF88B\uF88C\uF88D\uF88E\uF88F"
                        + "\uF890\uF891\uF892\uF893\uF894\uF895\uF896\uF897\uF898\uF899\uF89A\uF89B\uF89C\uF89D\uF89Eก"));
    }

    @Test
    void leavesPrivateUseOutsideThaiAlone() {
        // symbol fonts use the same range: an icon between Latin words or spaces is not Thai
        String s = "Logo \uF701 x\uF70Ay \uF71B ก \uF700";
        assertEquals(s, PrivateUseGlyphs.map(s));
    }
}
