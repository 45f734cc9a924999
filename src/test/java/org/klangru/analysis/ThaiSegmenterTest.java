package org.klangru.analysis;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What {@code klangru segment} prints: ICU's words with the repairs of {@link ThaiWordTokenizer}, domain
 * terms in place of their parts, each token exactly as written.
 */
class ThaiSegmenterTest {
    private final ThaiSegmenter segmenter = new ThaiSegmenter();

    private String seg(String line) {
        return String.join("|", segmenter.segment(line));
    }

    @Test
    void domainTermsWinOverTheirParts() {
        assertEquals("ผู้มีส่วนได้ส่วนเสีย|ทุก|กลุ่ม", seg("ผู้มีส่วนได้ส่วนเสียทุกกลุ่ม"));
        assertEquals("คณะ|ศึกษาดูงาน|จาก|จังหวัด|เชียงราย", seg("คณะศึกษาดูงานจากจังหวัดเชียงราย"));
        assertEquals("สำนักงาน|ก.พ.ร.", seg("สำนักงาน ก.พ.ร."));
        assertEquals("เกณฑ์|PMQA 4.0|และ|Application Report", seg("เกณฑ์ PMQA 4.0 และ Application Report"));
    }

    @Test
    void aSpaceBetweenThaiWordsIsNotJoined() {
        assertEquals("ศึกษา|ดู|งาน", seg("ศึกษา ดูงาน"));
    }

    @Test
    void digitsAndThaiLettersAreSeparateWords() {
        assertEquals("ใน|7|วัน", seg("ใน7วัน"));
        assertEquals("ปี|2566|รวม|1,000.50|บาท", seg("ปี2566 รวม 1,000.50บาท"));
        assertEquals("พ.ศ.|๒๕๔๕", seg("พ.ศ. ๒๕๔๕"));
    }

    @Test
    void repetitionAndAbbreviationMarksAreTheirOwnTokens() {
        assertEquals("เร็ว|ๆ|นี้", seg("เร็วๆนี้"));
        assertEquals("ดี|ๆ|ๆ", seg("ดีๆๆ"));
        assertEquals("ส่วนราชการ|ต่าง|ๆ", seg("ส่วนราชการต่าง ๆ"));
        assertEquals("กรุงเทพ|ฯ|ฯลฯ", seg("กรุงเทพฯ ฯลฯ"));
    }

    @Test
    void abbreviationsKeepTheirDotAndLetTheNextWordGo() {
        assertEquals("กทม.|มี|แผน", seg("กทม.มีแผน"));
        assertEquals("เวลา|10|น.", seg("เวลา 10 น."));
        assertEquals("ส.|1", seg("ส.1"));
    }

    @Test
    void fragmentsIcuLeavesJoinTheWordBefore() {
        assertEquals("นาย|นคร|เขตต์", seg("นายนครเขตต์"));
        assertEquals("แพง|เว่อร์", seg("แพงเว่อร์"));
    }

    @Test
    void unknownWordsKeepTheirPiecesAndGiveBackBorrowedConsonants() {
        assertEquals("ออก|เสียง|แมคโดนัล|แล้ว", seg("ออกเสียงแมคโดนัลแล้ว"));
        assertEquals("รายการ|ของ|บีบี|ซี", seg("รายการของบีบีซี")); // ICU: ขอ|งบีบี
    }

    @Test
    void scriptsAndEmojiAsIcuTokenizerHasThem() {
        assertEquals("PMQA|การ|พัฒนา", seg("PMQAการพัฒนา"));
        assertEquals("สวัสดิการ|แห่ง|รัฐ|mof.go.th", seg("สวัสดิการแห่งรัฐ.mof.go.th"));
        assertEquals("ดี|มาก|😍|👍", seg("ดีมาก😍👍"));
    }

    @Test
    void negationIsSplitFromTheVerb() {
        assertEquals("ผู้|บริหาร|ไม่|มี|เวลา", seg("ผู้บริหารไม่มีเวลา"));
        assertEquals("ก็|ได้", seg("ก็ได้"));
    }

    @Test
    void tokensAreTheInputAsWritten() {
        // decomposed sara am (PDF text) and a zero-width space: composed and removed for the tokenizer only
        String decomposed = "การด\u0E4D\u0E32เนินงาน";
        assertEquals(List.of("การ", "ด\u0E4D\u0E32เนิน", "งาน"), segmenter.segment(decomposed));
        assertEquals(List.of("ศึกษา\u200Bดูงาน"), segmenter.segment("ศึกษา\u200Bดูงาน"));
        assertEquals(List.of("ＰＭＱＡ 4.0"), segmenter.segment("ＰＭＱＡ 4.0"));
    }

    @Test
    void emptyAndPunctuationOnlyLinesGiveNoTokens() {
        assertEquals(List.of(), segmenter.segment(""));
        assertEquals(List.of(), segmenter.segment(" ... ( ) "));
    }
}
