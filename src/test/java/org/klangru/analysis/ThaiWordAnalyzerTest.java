package org.klangru.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Tokens of the word field, asserted exactly, as Anserini's per-language analyzer tests do. */
class ThaiWordAnalyzerTest {
    private final Analyzer analyzer = new ThaiWordAnalyzer();

    private List<String> tokens(String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(t.toString());
            }
            ts.end();
        }
        return out;
    }

    @Test
    void segmentsThaiWords() throws IOException {
        assertEquals(List.of("ระบบ", "จัดการ", "ข้อ", "ร้อง", "เรียน"), tokens("ระบบจัดการข้อร้องเรียน"));
    }

    @Test
    void foldsThaiDigits() throws IOException {
        assertEquals(tokens("พ.ศ. 2545"), tokens("พ.ศ. ๒๕๔๕"));
        assertTrue(tokens("ปี ๒๕๖๖").contains("2566"));
    }

    @Test
    void decomposedSaraAmIsTheSameWord() throws IOException {
        // U+0E4D U+0E32, as PDFs and some keyboards give it, against the composed U+0E33
        assertEquals(tokens("การดำเนินงาน"), tokens("การด\u0E4D\u0E32เนินงาน"));
    }

    @Test
    void twoSaraEAreSaraAe() throws IOException {
        // "เเ" typed for "แ", common in government news: the same words, and offsets still on the text as written
        assertEquals(tokens("หมุนเวียนตำแหน่ง"), tokens("หมุนเวียนตำเเหน่ง"));
        List<Tokens.Token> typed = Tokens.of(analyzer, "text", "ตำเเหน่งงาน");
        Tokens.Token last = typed.get(typed.size() - 1);
        assertEquals("งาน", last.term());
        assertEquals("ตำเเหน่งงาน".indexOf("งาน"), last.start());
        assertEquals("ตำเเหน่งงาน".length(), last.end());
        assertEquals(org.klangru.text.MatchKey.of("ตำแหน่ง"), org.klangru.text.MatchKey.of("ตำเเหน่ง"));
    }

    @Test
    void foldsLatinCaseAndWidth() throws IOException {
        assertEquals(List.of("pmqa", "4.0"), tokens("ＰＭＱＡ 4.0"));
    }
}
