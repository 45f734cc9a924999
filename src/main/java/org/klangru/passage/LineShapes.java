package org.klangru.passage;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises what a line of plain text looks like: a heading, a list item, a bare list number. */
final class LineShapes {
    private LineShapes() {}

    static final int MAX_HEADING_CHARS = 90;

    /** "หมวด 4 ...", "หมวดที่ ๔", "ส่วนที่ 1.", "บทที่ 2", "ภาคผนวก ก". */
    private static final Pattern PART_HEADING = Pattern.compile(
            "^(?:หมวด(?:ที่)?|ส่วนที่|บทที่|ภาคผนวก)[\\s\\u00A0]*(?:[0-9๐-๙]+|[ก-ฮ])\\b?.*");
    /** "4.", "4.1", "5.2.1" followed by text. */
    private static final Pattern NUMBERED_HEADING = Pattern.compile("^([0-9๐-๙]+(?:\\.[0-9๐-๙]+)*)\\.?\\s+\\S.*");
    /** "- 1)", "1)", "(1)", "•", "-", "ก.", "1." with text after it. */
    private static final Pattern LIST_ITEM = Pattern.compile(
            "^(?:[-–•●▪*]\\s*|\\(?[0-9๐-๙]{1,3}\\)\\s*|[0-9๐-๙]{1,3}\\.\\s+|[ก-ฮ][.)]\\s+|(?:[-–•]\\s*)?[0-9๐-๙]{1,3}\\)\\s*).+");
    /** A line holding only a list number, whose text is on the next line. */
    private static final Pattern BARE_NUMBER = Pattern.compile("^\\(?[0-9๐-๙]{1,3}[.)]?$");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?;:।]$");

    /** Heading level of a line that reads as a heading, or empty. */
    static OptionalInt headingLevel(String line) {
        if (line.length() > MAX_HEADING_CHARS || SENTENCE_END.matcher(line).matches() && !line.endsWith("ดังนี้:")) {
            return OptionalInt.empty();
        }
        if (PART_HEADING.matcher(line).matches()) {
            return OptionalInt.of(1);
        }
        OptionalInt numbered = numberLevel(line);
        return line.length() <= 70 ? numbered : OptionalInt.empty();
    }

    /** The level a leading number gives a line: "4." is 2, "4.1" is 3, "5.2.1" is 4; empty if unnumbered. */
    static OptionalInt numberLevel(String line) {
        Matcher m = NUMBERED_HEADING.matcher(line);
        if (!m.matches()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Math.min(6, m.group(1).split("\\.").length + 1));
    }

    static boolean isListItem(String line) {
        return LIST_ITEM.matcher(line).matches();
    }

    static boolean isBareNumber(String line) {
        return BARE_NUMBER.matcher(line).matches();
    }
}
