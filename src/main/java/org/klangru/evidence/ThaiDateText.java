package org.klangru.evidence;

import org.klangru.text.ThaiDates;

import java.time.LocalDate;

/** Dates as Thai readers write them in citations: day, Thai month name, Buddhist-era year, Arabic digits. */
public final class ThaiDateText {
    private static final String[] MONTHS = {"มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
        "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"};

    private ThaiDateText() {}

    /** {@code 2024-03-15 -> "15 มีนาคม 2567"}; null for null. */
    public static String of(LocalDate date) {
        if (date == null) {
            return null;
        }
        return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + (date.getYear() + ThaiDates.BE_OFFSET);
    }
}
