package org.klangru.ingest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Client file names become names that are safe to save and still read as the client meant them. */
class SafeFileNameTest {
    private static final List<String> PDF = List.of(".pdf");
    private static final List<String> TEXT = List.of(".txt", ".text");

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "รายงาน ศึกษาดูงาน.pdf      | pdf  | รายงาน ศึกษาดูงาน.pdf",
            "../../etc/passwd          | txt  | passwd.txt",
            "..\\evil.txt              | txt  | evil.txt",
            "/abs/path.txt             | txt  | path.txt",
            "C:\\Users\\a\\แผน.pdf     | pdf  | แผน.pdf",
            ".bashrc                   | txt  | bashrc.txt",
            "..                        | txt  | เอกสาร.txt",
            "notes.TXT                 | txt  | notes.txt",
            "report.pdf                | txt  | report.pdf.txt",
            "a<b>c:d?e*.pdf            | pdf  | a_b_c_d_e_.pdf",
            "CON.pdf                   | pdf  | _CON.pdf",
            "trailing dots...          | pdf  | trailing dots.pdf",
            "   many     spaces  .pdf  | pdf  | many spaces.pdf",
    })
    void names(String original, String kind, String expected) {
        assertEquals(expected, SafeFileName.of(original, kind.equals("pdf") ? PDF : TEXT));
    }

    @Test
    void controlAndDirectionCharactersAreDropped() {
        assertEquals("ab.txt", SafeFileName.of("a\u0000b\u202e\n.txt", TEXT));
    }

    @Test
    void decomposedThaiIsComposed() {
        String decomposed = Normalizer.normalize("คำนำ.pdf", Normalizer.Form.NFD);
        assertEquals(Normalizer.normalize("คำนำ.pdf", Normalizer.Form.NFC), SafeFileName.of(decomposed, PDF));
    }

    @Test
    void longThaiNamesFitTheFileSystem() {
        String name = SafeFileName.of("ก".repeat(400) + ".pdf", PDF);
        assertTrue(name.endsWith(".pdf"));
        assertTrue(name.getBytes(StandardCharsets.UTF_8).length <= 200, name.length() + " chars");
        assertTrue(SafeFileName.numbered(name, 123).getBytes(StandardCharsets.UTF_8).length < 255);
    }

    @Test
    void numberedKeepsTheExtension() {
        assertEquals("ชื่อ (2).pdf", SafeFileName.numbered("ชื่อ.pdf", 2));
    }
}
