package org.klangru.analysis;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Years of the other era stacked on the year typed, on the query side of near equivalents only. */
class YearEraFilterTest {
    private static List<String> paraphrased(String text) {
        return Tokens.of(KlangruAnalysis.paraphraseAnalyzer(), "text", text).stream().map(Tokens.Token::toString).toList();
    }

    @Test
    void eachEraGetsTheOtherAtTheSamePosition() {
        assertEquals(List.of("day@0", "2566@1", "2023@1"), paraphrased("DAY 2566"));
        assertEquals(List.of("day@0", "2023@1", "2566@1"), paraphrased("DAY 2023"));
        // Thai digits are folded first
        assertTrue(paraphrased("ปี ๒๕๖๗").contains("2024@1"), paraphrased("ปี ๒๕๖๗").toString());
    }

    @Test
    void twoDigitsAreAYearOnlyAfterAYearMarker() {
        assertEquals(List.of("ปี@0", "67@1", "2567@1"), paraphrased("ปี 67"));
        assertTrue(paraphrased("พ.ศ. 66").contains("2566@1"), paraphrased("พ.ศ. 66").toString());
        assertEquals(List.of("รวม@0", "67@1", "คน@2"), paraphrased("รวม 67 คน"));
    }

    @Test
    void numbersThatAreNoYearStayAlone() {
        assertEquals(List.of("1500@0", "บาท@1"), paraphrased("1500 บาท"));
        assertEquals(List.of("12345@0"), paraphrased("12345"));
        // far beyond an int: not a year, and no error for a query typed that way
        assertEquals(List.of("ปี@0", "99999999999999999999@1"), paraphrased("ปี 99999999999999999999"));
    }

    @Test
    void theWordsTypedHaveNoOtherEra() {
        // the plain query analyzer is what counts as typed: the other era must stay an equivalent, weighed lower
        assertEquals(List.of("2566@0"), Tokens.of(KlangruAnalysis.queryAnalyzer(), "text", "2566").stream()
                .map(Tokens.Token::toString).toList());
    }
}
