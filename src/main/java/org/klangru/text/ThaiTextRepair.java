package org.klangru.text;

/** Placeholder until the text-repair work lands: composes sara am and normalises invisible characters. */
public final class ThaiTextRepair {
    private ThaiTextRepair() {}

    public static String repair(String extracted) {
        return extracted.replace("\r\n", "\n").replace("\u0E4D\u0E32", "\u0E33").replace("\u00A0", " ")
                .replace("\u200B", "").replace("\uFEFF", "");
    }
}
