package org.klangru.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ThaiDatesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "", value = {
        "เมื่อวันที่ 31 มีนาคม 2554 สำนักงาน ก.พ.ร. ได้ต้อนรับ              | 2011-03-31",
        "วันที่ ๒๓ สิงหาคม ๒๕๖๔ เวลา ๐๙.๐๐ น.                                | 2021-08-23",
        "เผยแพร่ข้อมูลเมื่อ 2 พฤษภาคม 2554 15:02:29                         | 2011-05-02",
        "ในวันที่ 20-21 กุมภาพันธ์ 2566 และ                                  | 2023-02-20",
        "วันนี้ (7 มิ.ย. 66) นายอรรษิษฐ์                                     | 2023-06-07",
        "1 ต.ค. 2565                                                        | 2022-10-01",
        "5 มค. 67                                                           | 2024-01-05",
        "15 กรกฏาคม 2565 (misspelt month)                                   | 2022-07-15",
        "28 มิถุนายน พ.ศ. 2548                                              | 2005-06-28",
        "12 July is not Thai, but 12 กรกฎาคม ค.ศ. 2023 is                    | 2023-07-12",
        "07/06/2566                                                         | 2023-06-07",
        "31\u00a0มีนาคม\u00a02554                                           | 2011-03-31",
        // not dates
        "ชั้น 5 สำนักงาน ก.พ.ร. 2554                                        | ",
        "31 กุมภาพันธ์ 2566                                                 | ",
        "วันที่ 5 มีนาคม 10.00 น.                                           | ",
        "ปีงบประมาณ 2566                                                    | ",
    })
    void firstDate(String text, String expected) {
        assertEquals(expected == null ? Optional.empty() : Optional.of(LocalDate.parse(expected.trim())),
                ThaiDates.firstDate(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "", value = {
        "ประจำปีงบประมาณ พ.ศ. 2566                 | 2566",
        "ปีงบประมาณ ๒๕๖๔                           | 2564",
        "ในปีงบประมาณ2563 นี้                      | 2563",
        "ปีงบ 67                                   | 2567",
        "ปีงบประมาณ พ.ศ.2568 จำนวน 23 หน่วยงาน     | 2568",
        "fiscal year 2023                          | 2566",
        "FY2024                                    | 2567",
        "ปี พ.ศ. 2566                              | ",
    })
    void fiscalYear(String text, String expected) {
        assertEquals(expected == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(expected.trim())),
                ThaiDates.fiscalYear(text));
    }

    @Test
    void fiscalYearOfADateStartsInOctober() {
        assertEquals(2566, ThaiDates.fiscalYearOf(LocalDate.of(2022, 10, 1)));
        assertEquals(2565, ThaiDates.fiscalYearOf(LocalDate.of(2022, 9, 30)));
    }

    @Test
    void monthsYearsAndAllDates() {
        assertEquals(Optional.of(YearMonth.of(2021, 9)), ThaiDates.firstMonth("กำหนดผู้รับผิดชอบ กันยายน 2564"));
        assertEquals(List.of(2549, 2553), ThaiDates.buddhistYears("ตั้งแต่ พ.ศ. 2549 ถึง พ.ศ. ๒๕๕๓"));
        assertEquals(List.of(LocalDate.of(2011, 3, 31), LocalDate.of(2011, 5, 2)),
                ThaiDates.dates("31 มีนาคม 2554 ... 2 พฤษภาคม 2554"));
        assertEquals(2566, ThaiDates.toBuddhist(2023));
        assertEquals(2023, ThaiDates.toCommonEra(2566));
    }
}
