package org.klangru.analysis;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ICU's Thai word list, read out of the ICU4J jar: words are in, their prefixes and fragments are not. */
class IcuThaiWordsTest {
    private final IcuThaiWords words = IcuThaiWords.get();

    @Test
    void loadsIcusThaiDictionary() {
        assertTrue(words.size() > 20_000, "words: " + words.size());
        for (String w : new String[] {"ของ", "มี", "ไม่มี", "ที่รัก", "ประชาธิปไตย", "สาธารณรัฐ", "ปีงบประมาณ"}) {
            assertTrue(words.contains(w), w);
        }
    }

    @Test
    void prefixesAndFragmentsAreNotWords() {
        for (String w : new String[] {"ของค", "ที่ร", "คสช", "งบีบี", "", "PMQA", "ของ1"}) {
            assertFalse(words.contains(w), w);
        }
    }
}
