package org.klangru.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ThaiDictionaryTest {

    @Test
    void knowsWordsOfIcusDictionary() {
        for (String w : new String[] {"การ", "ตั้งแต่", "หน้า", "เล่ม", "อำนาจ", "ประสิทธิภาพ", "กา"}) {
            assertTrue(ThaiDictionary.contains(w), w);
        }
    }

    @Test
    void rejectsPrefixesFragmentsAndOtherScripts() {
        // prefixes of words (ก of การ, ตั้ of ตั้งแต่) are the trap: the trie knows them but they are no words
        for (String w : new String[] {"ก", "ตั้", "งแต่", "ห้นา", "ต์", "รศ", "", "abc", "การ "}) {
            assertFalse(ThaiDictionary.contains(w), w);
        }
        // ICU has no compound พื้นฐาน: it segments พื้น|ฐาน
        assertFalse(ThaiDictionary.contains("พื้นฐาน"));
    }

    @Test
    void looksUpASlice() {
        assertTrue(ThaiDictionary.contains("ข้อมูลพื้นฐาน", 6, 10)); // พื้น
        assertFalse(ThaiDictionary.contains("ข้อมูลพื้นฐาน", 5, 10));
    }

    @Test
    void countsCharactersOutsideDictionaryWords() {
        var words = ThaiDictionary.wordIterator();
        assertEquals(0, ThaiDictionary.unknownChars(words, "ในการพัฒนา"));
        // ICU glues two phrases into ใน|กา|รพัฒ|นารศ: eight characters in non-words
        assertEquals(8, ThaiDictionary.unknownChars(words, "ในการพัฒนารศ"));
    }
}
