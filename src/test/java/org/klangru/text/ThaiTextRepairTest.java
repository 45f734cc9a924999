package org.klangru.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.ibm.icu.text.Normalizer2;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ThaiTextRepairTest {

    @Test
    void repairsALineOfTheSeedPdf() {
        // seed000.pdf text layer: tone marks before vowels (ท่ี, น้ี, ช้ี), a line wrapped inside a paragraph
        String raw = " ผู้ท\u0E48\u0E35มาศึกษาดูงานสำนักงาน ก.พ.ร.   ในครั้งน\u0E49\u0E35 เป็นผู้รับผิดชอบตัวช\u0E49\u0E35วัด PMQA\n";
        assertEquals(" ผู้ที่มาศึกษาดูงานสำนักงาน ก.พ.ร.   ในครั้งนี้ เป็นผู้รับผิดชอบตัวชี้วัด PMQA\n",
                ThaiTextRepair.repair(raw));
    }

    @Test
    void repairsTheRoyalGazette() {
        // royal-gazette-140A022N0000000000100.pdf as Tika extracts it: lost nikhahit, a space inside ตั้งแต่
        String raw = "ด้วยนายกรัฐมนตรีได้น าความกราบบังคมทูลฯ  ว่า  ตามที่สภาผู้แทนราษฎรได้ปฏิบัติหน้าที่ตั้ งแต่  \n\n"
                + "ด าเนินไปอย่างต่อเนื่อง \n\nอาศัยอ านาจตามความในมาตรา  ๑๐๓\n\n\u0E49หนา   ๑\n";
        assertEquals("ด้วยนายกรัฐมนตรีได้นำความกราบบังคมทูลฯ  ว่า  ตามที่สภาผู้แทนราษฎรได้ปฏิบัติหน้าที่ตั้งแต่  \n\n"
                + "ดำเนินไปอย่างต่อเนื่อง \n\nอาศัยอำนาจตามความในมาตรา  ๑๐๓\n\nหน้า   ๑\n",
                ThaiTextRepair.repair(raw));
    }

    @Test
    void privateUseGlyphsAndInvisibleCharacters() {
        // ThaiGov news: แข U+F70A งขัน (แข่งขัน); NBSP, ZWSP, CRLF from Word documents
        assertEquals("ในการแข่งขัน ของ\nประเทศ", ThaiTextRepair.repair("ในการแข\uF70Aงขัน\u00A0ของ\r\n\u200Bประเทศ"));
    }

    @Test
    void neverNfkc() {
        // NFKC would split ำ into ํ + า, and fold full-width and circled characters
        String s = "ทำ น้ำ ค่ำ ＰＭＱＡ ① ﬁ ๒๕๖๖";
        assertEquals(s, ThaiTextRepair.repair(s));
        assertEquals("é", ThaiTextRepair.repair("e\u0301")); // NFC is fine
    }

    @Test
    void skippingNfcIsSafeForTheCharactersThatSkipIt() {
        // mayNeedNfc lets text through untouched when it holds only these: each must be NFC by itself and
        // never combine with what precedes it, so that any string of them is already NFC
        Normalizer2 nfc = Normalizer2.getNFCInstance();
        for (int c = 0; c <= 0xFFFF; c++) {
            String s = String.valueOf((char) c);
            if (ThaiTextRepair.mayNeedNfc(s) || ThaiChars.isCombining((char) c)) {
                continue;
            }
            assertEquals(true, nfc.isNormalized(s), s);
            assertEquals(true, nfc.hasBoundaryBefore(c), s);
        }
        // Thai marks are left to MarkOrder, whose order is also NFC's canonical order
        Random random = new Random(7);
        String marks = "\u0E31\u0E34\u0E35\u0E36\u0E37\u0E38\u0E39\u0E3A\u0E47\u0E48\u0E49\u0E4A\u0E4B\u0E4C\u0E4D\u0E4E";
        for (int t = 0; t < 2000; t++) {
            StringBuilder sb = new StringBuilder("ก");
            for (int k = random.nextInt(5); k >= 0; k--) {
                sb.append(marks.charAt(random.nextInt(marks.length())));
            }
            String repaired = ThaiTextRepair.repair(sb.toString());
            assertEquals(nfc.normalize(repaired), repaired, () -> "input: " + sb);
        }
    }

    @Test
    void nullIsAnError() {
        assertThrows(NullPointerException.class, () -> ThaiTextRepair.repair(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "\n\n",
        "สำนักงาน ก.พ.ร. ต้อนรับคณะทำงาน PMQA\nจากจังหวัดเชียงราย\n"
                + "เมื่อวันที่ 31 มีนาคม 2554 สำนักงาน ก.พ.ร. ได้ต้อนรับคณะศึกษาดูงานจากจังหวัดเชียงราย ที่มาศึกษาดูงาน"
                + "การพัฒนาคุณภาพการบริหารจัดการภาครัฐ (PMQA) ณ ห้องประชุม ก.พ.ร. ชั้น 5 สำนักงาน ก.พ.ร.",
        "หมวด 4 การวัด การวิเคราะห์ และการจัดการความรู้\nIT3 – IT5 , CS 1 A , PM 2.5\n\tตาราง | ๒๕๔๕ |",
        "ผู้มีส่วนได้ส่วนเสีย แผนการจัดการความรู้ ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ (ค่ำ กุ้ง ศักดิ์สิทธิ์ ต่าง ๆ ฯลฯ)",
    })
    void textWithoutFaultsIsUnchanged(String s) {
        assertEquals(s, ThaiTextRepair.repair(s));
    }

    @Test
    void seedTextsAreUnchanged() throws IOException {
        Path seeds = SharedCorpus.SEEDS;
        Assumptions.assumeTrue(Files.isDirectory(seeds), "shared corpus not present");
        List<Path> files;
        try (var list = Files.list(seeds)) {
            files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        Assumptions.assumeFalse(files.isEmpty());
        for (Path f : files) {
            String text = Files.readString(f);
            assertEquals(text, ThaiTextRepair.repair(text), f.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "เเเ", "ก\u0E48\u0E48\u0E4D\u0E32", "ก \u0E32 \u0E32", "ตั\n\u0E49งแต่", "ก\n\u0E4D\u0E32", "เ\nเ\nเ",
        "\u0E49\u0E49หนา", "ประสิท\nธิ\nภาพ", "ใน\nก\nาร", "อ \u0E32\n\u0E32", "ตั \u0E49 \u0E49งแต่",
    })
    void idempotentOnAwkwardInput(String s) {
        String once = ThaiTextRepair.repair(s);
        assertEquals(once, ThaiTextRepair.repair(once));
    }

    @Test
    void idempotentOnRandomThai() {
        // letters, marks, leading vowels, sara aa/am, spaces, line breaks and PUA glyphs thrown together
        String alphabet = "กขงชดตทนบปมยรลวสหอะัาำิีึืุู็่้๊๋์ํเแโใไ  \n\n\uF70A\uF710.1";
        Random random = new Random(20240531);
        for (int t = 0; t < 5000; t++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + random.nextInt(80);
            for (int k = 0; k < len; k++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String once = ThaiTextRepair.repair(sb.toString());
            assertEquals(once, ThaiTextRepair.repair(once), () -> "input: " + sb);
        }
    }
}
