package org.klangru.ingest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.klangru.passage.Passage;
import org.klangru.passage.PassageSplitter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * News items scraped from thaigov.go.th (texts from the news corpus, bodies shortened) go through extraction and
 * splitting: the site breadcrumb glued to the title is in neither the title nor any passage, and the title,
 * written three times by the scraper, is in the passages once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScrapedNewsHeadTest {
    static final String CRUMB = "ข่าวทำเนียบรัฐบาล";

    /** Longer than a heading may be: the title is a passage of its own. */
    static final String LONG_TITLE = "โฆษกรัฐบาลเผย นายกฯ ยินดีไทยขยับขึ้นเป็นอันดับที่ 60 จาก 137 ประเทศทั่วโลก "
            + "ในดัชนีประเทศที่มีความสุขที่สุดในโลก (World Happiness Report) ประจำปี 2566";
    static final String LONG_ITEM = "รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-" + LONG_TITLE + " \n\n\n" + """
            วันพฤหัสบดีที่ 23 มีนาคม 2566
            23/03/2566
            พิมพ์
            """ + LONG_TITLE + "\n" + LONG_TITLE + "\n" + """
            วันนี้ (วันที่ 23 มีนาคม 2566) นายอนุชา บูรพชัยศรี รองเลขาธิการนายกรัฐมนตรีฝ่ายการเมือง ปฏิบัติหน้าที่โฆษกประจำสำนักนายกรัฐมนตรี เปิดเผยว่า พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงกลาโหม ยินดีที่ได้รับทราบ รายงานความสุขโลก ประจำปี 2566 โดยในปีนี้ประเทศไทยได้รับการจัดอันดับที่ 60 ประเทศที่มีความสุขที่สุดในโลก
            โฆษกประจำสำนักนายกรัฐมนตรี กล่าวว่า ผลการจัดอันดับรายงานความสุขโลก (World Happiness Report) ประจำปี 2023 นี้ จัดทำโดย เครือข่ายวิชาการเพื่อการพัฒนาอย่างยั่งยืน (Sustainable Development Solutions Network) ขององค์การสหประชาชาติ (UN) ซึ่งได้เผยแพร่ ในวันที่ 20 มีนาคม ของทุกปี
            “นายกรัฐมนตรี ยินดีกับผลการรายงานความสุขโลก ประจำปี 2566 ที่ประเทศไทยได้รับการจัดอันดับที่ดีขึ้น ยินดีที่การบริหารดูแลของรัฐบาล การดำเนินนโยบาย ช่วยเหลือประชาชน มีส่วนทำให้อันดับของประเทศจากรายงานความสุขโลกดีขึ้น”

            ที่มา : https://www.thaigov.go.th/news/contents/details/66478
            """;

    /** Short enough for a heading; the scraper's zero-width space before it is kept here as in the corpus. */
    static final String SHORT_TITLE = "ครม. รับทราบพระราชกฤษฎีกายุบสภาผู้แทนราษฎร พ.ศ. 2566";
    static final String SHORT_ITEM = "รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-\u200b" + SHORT_TITLE + "\n\n\n" + """
            วันอังคารที่ 21 มีนาคม 2566
            21/03/2566
            พิมพ์
            """ + "\u200b" + SHORT_TITLE + "\n\u200b" + SHORT_TITLE + "\n" + """
            นายอนุชา บูรพชัยศรี รองเลขาธิการนายกรัฐมนตรีฝ่ายการเมือง ปฏิบัติหน้าที่โฆษกประจำสำนักนายกรัฐมนตรี แถลงมติคณะรัฐมนตรี วันนี้ ( 21 มีนาคม  2566) รับทราบพระราชกฤษฎีกายุบสภาผู้แทนราษฎร พ.ศ. 2566 ซึ่งได้ประกาศใช้บังคับในราชกิจจานุเบกษาแล้ว เมื่อบ่ายวานนี้ (20 มีนาคม 2566)

            ที่มา : https://www.thaigov.go.th/news/contents/details/66404
            """;

    TikaExtractor extractor;

    @BeforeAll
    void open() {
        extractor = new TikaExtractor(ExtractionLimits.DEFAULT);
    }

    @AfterAll
    void close() {
        extractor.close();
    }

    private record Split(ExtractedDocument doc, List<Passage> passages) {}

    private Split extractAndSplit(Path dir, String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        ExtractedDocument doc = extractor.extract(file);
        return new Split(doc, new PassageSplitter().split(doc.blocks()));
    }

    private static void assertNoCrumb(Split s) {
        assertFalse(s.doc().title().contains(CRUMB), s.doc().title());
        for (Passage p : s.passages()) {
            assertFalse(p.text().contains(CRUMB), p.toString());
            assertTrue(p.headings().stream().noneMatch(h -> h.contains(CRUMB)), p.toString());
        }
    }

    @Test
    void aLongTitleLosesItsBreadcrumbAndIsInOnePassage(@TempDir Path dir) throws Exception {
        Split s = extractAndSplit(dir, "ข่าวคณะโฆษก_1.txt", LONG_ITEM);
        assertEquals(LONG_TITLE, s.doc().title());
        assertNoCrumb(s);
        assertEquals(1, s.passages().stream().filter(p -> p.text().contains(LONG_TITLE)).count(), s.passages().toString());
        assertEquals(LONG_TITLE, s.passages().get(0).text());
        assertTrue(s.passages().stream().allMatch(p -> p.headings().isEmpty()), s.passages().toString());
    }

    @Test
    void aShortTitleLosesItsBreadcrumbAndIsTheHeadingOnly(@TempDir Path dir) throws Exception {
        Split s = extractAndSplit(dir, "ข่าวคณะโฆษก_5.txt", SHORT_ITEM);
        assertEquals(SHORT_TITLE, s.doc().title());
        assertNoCrumb(s);
        assertTrue(s.passages().stream().noneMatch(p -> p.text().contains(SHORT_TITLE)), s.passages().toString());
        assertTrue(s.passages().stream().allMatch(p -> p.headings().equals(List.of(SHORT_TITLE))), s.passages().toString());
    }
}
