package org.klangru.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code klangru segment}: one output line per input line, tokens joined by {@code |}, UTF-8 both ways. */
class SegmentCommandTest {

    private static String run(String input) {
        SegmentCommand command = new SegmentCommand();
        command.in = new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        command.out = out;
        assertEquals(0, new CommandLine(command).execute());
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void eachLineIsSegmentedAndEmptyLinesStayEmpty() {
        assertEquals("ผู้มีส่วนได้ส่วนเสีย|ทุก|กลุ่ม\n\nใน|7|วัน\nสำนักงาน|ก.พ.ร.|ต้อนรับ|คณะ|ศึกษาดูงาน\n",
                run("ผู้มีส่วนได้ส่วนเสียทุกกลุ่ม\n\nใน7วัน\r\nสำนักงาน ก.พ.ร. ต้อนรับคณะศึกษาดูงาน"));
    }

    @Test
    void noInputGivesNoOutput() {
        assertEquals("", run(""));
    }

    @Test
    void isASubcommandOfKlangru() {
        assertTrue(KlangruMain.commandLine().getSubcommands().containsKey("segment"));
    }
}
