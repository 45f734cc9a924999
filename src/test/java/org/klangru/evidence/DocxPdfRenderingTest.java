package org.klangru.evidence;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.klangru.ingest.ExtractionLimits;
import org.klangru.ingest.TikaExtractor;
import org.klangru.text.MatchKey;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The DOCX renders in LibreOffice: converted to PDF (as .ci/run installs it, with the TLWG Thai fonts), the Thai
 * section titles, the coverage table, a quotation and the table of contents come back out of the PDF's text, set in a
 * Thai font.
 */
class DocxPdfRenderingTest {
    /** Fonts that carry Thai: TH Sarabun New itself, or what stands in for it. */
    private static final Pattern THAI_FONT = Pattern.compile(
            "(?i)sarabun|laksaman|garuda|loma|kinnari|norasi|waree|umpush|sawasdee|purisa|tlwg|tahoma|leelawadee|noto\\w*thai|angsana|cordia");

    @Test
    void pdfFromTheDocxHasTheThaiTextBack(@TempDir Path tmp) throws Exception {
        Path soffice = LibreOffice.require();
        EvidencePack pack = EvidenceFixtures.pack(EvidenceFixtures.testCorpusIndex(), "pmqa40", 4);
        Path docx = tmp.resolve("pack.docx");
        Files.write(docx, new DocxEvidenceWriter().write(pack));
        Path pdf = LibreOffice.toPdf(soffice, docx, tmp);

        String text = new TikaExtractor(ExtractionLimits.DEFAULT).extract(pdf).fullText();
        String key = skeleton(text);
        for (String expected : new String[] {pack.titleTh(), PackText.COVERAGE, "การบ่งชี้ความรู้",
                "การแบ่งปันแลกเปลี่ยนความรู้", "การยกย่องชมเชยและการให้รางวัล", "ไม่พบหลักฐาน", "หลักฐานชัดเจน",
                "ระดับพื้นฐาน (Basic)", "ชุมชนนักปฏิบัติ (Community of Practice)", "20 ธันวาคม 2567",
                "cop-report-1-2568.txt", PackText.OPEN_LINK}) {
            assertTrue(key.contains(skeleton(expected)), "PDF text lacks " + expected + ":\n" + text.substring(0, Math.min(3000, text.length())));
        }
        // the table of contents comes before the coverage table's summary line
        int toc = key.indexOf(skeleton("ขั้นที่ 7 การเรียนรู้ (Learning)"));
        int summary = key.indexOf(skeleton("พบหลักฐาน " + (pack.coverage().strong() + pack.coverage().partial())
                + " จาก " + pack.coverage().rows() + " หัวข้อ"));
        assertTrue(toc >= 0 && summary > toc, "TOC at " + toc + ", coverage summary at " + summary);

        Set<String> fonts = new TreeSet<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertTrue(doc.getNumberOfPages() >= 3);
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    fonts.add(resources.getFont(name).getName());
                }
            }
        }
        assertTrue(fonts.stream().anyMatch(f -> THAI_FONT.matcher(f).find()), "no Thai font in the PDF: " + fonts);
    }

    /**
     * Text without spaces and Thai above/below marks. PDFBox orders a PDF's glyphs by position, so a tone mark may
     * come out after the next consonant ("ขั้นที่" as "ขัน้ที่", measured here): consonants and vowels keep their order.
     */
    static String skeleton(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : MatchKey.of(s).toCharArray()) {
            boolean mark = c == '\u0E31' || (c >= '\u0E34' && c <= '\u0E3A') || (c >= '\u0E47' && c <= '\u0E4E');
            if (!mark) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
