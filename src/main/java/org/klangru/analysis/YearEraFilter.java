package org.klangru.analysis;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

import java.io.IOException;
import java.util.Set;

/**
 * Query side: a year also as the other era writes it, stacked on the year typed. Thai text counts years in the
 * Buddhist era (พ.ศ. 2566), English names and foreign sources in the Common era (KM DAY 2023), and news shortens the
 * Buddhist year after its marker ("ปี 67", "พ.ศ. 66", "ปีงบประมาณ 68"). So a four-digit year of either era gets the
 * other's (BE = CE + 543), and two digits right after a year marker get their Buddhist year in full. The query weighs
 * these below the words typed, like the other near equivalents.
 */
final class YearEraFilter extends TokenFilter {
    /** BE − CE. */
    static final int ERA_OFFSET = 543;
    /** Years a document of the collections can be about: 1900–2156 CE, 2443–2699 BE (the two ranges do not meet). */
    private static final int FIRST_CE = 1900;
    private static final int LAST_CE = 2699 - ERA_OFFSET;
    /** The words after which two digits are a Buddhist year (abbreviation dots already dropped: พ.ศ. → พศ). */
    private static final Set<String> YEAR_MARKERS = Set.of("ปี", "พศ", "ปีงบประมาณ", "ปีงบ");

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final PositionLengthAttribute length = addAttribute(PositionLengthAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private String pending;
    private boolean afterMarker;

    YearEraFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pending != null) {
            // same offsets as the year typed, so that highlighting and position graphs stay consistent
            term.setEmpty().append(pending);
            increment.setPositionIncrement(0);
            length.setPositionLength(1);
            type.setType("SYNONYM");
            pending = null;
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        boolean marker = afterMarker;
        afterMarker = YEAR_MARKERS.contains(term.toString());
        if (length.getPositionLength() == 1) {
            pending = otherEra(term, marker);
        }
        return true;
    }

    /** The year in the other era (or in full), or null when the term is not a year. */
    static String otherEra(CharSequence term, boolean afterMarker) {
        int n = term.length();
        if ((n != 4 && n != 2) || !term.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        int value = Integer.parseInt(term.toString());
        if (n == 2) {
            return afterMarker ? String.valueOf(2500 + value) : null;
        }
        if (value >= FIRST_CE && value <= LAST_CE) {
            return String.valueOf(value + ERA_OFFSET);
        }
        if (value >= FIRST_CE + ERA_OFFSET && value <= LAST_CE + ERA_OFFSET) {
            return String.valueOf(value - ERA_OFFSET);
        }
        return null;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = null;
        afterMarker = false;
    }
}
