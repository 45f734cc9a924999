package org.klangru.search;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A passage beside its document's best match is lifted toward it; far passages and other documents are not. */
class DocumentContextTest {

    @Test
    void aPassageIsLiftedTowardTheBestHitNearItInItsOwnDocument() {
        String[] ids = {"news-1-0000", "news-1-0001", "news-1-0009", "news-2-0000"};
        float[] own = {10f, 2f, 2f, 3f};
        float[] lifted = DocumentContext.lift(ids, own);
        float w = DocumentContext.WEIGHT;
        assertArrayEquals(new float[] {
                10f,                     // a document's best keeps its score
                (1 - w) * 2f + w * 10f,  // next to it: lifted
                2f,                      // nine places away, beyond the radius: as before
                3f},                     // another document's only hit: as before
                lifted, 1e-5f);
        assertTrue(lifted[1] > lifted[3], "the neighbour of a strong match now ranks above a weak match elsewhere");
    }

    @Test
    void theParagraphBelowAFullMatchOutranksALoneMentionElsewhere() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        // the first paragraph names every word; the one below it, which holds the answer, names only one (the first line is
        // the title)
        files.put("report.txt", "ข่าวประจำวัน\n\nศูนย์ดำรงธรรมเปิดระบบร้องเรียนออนไลน์ทั่วประเทศ\n\n"
                + "ผู้ร้องเรียนติดตามผลได้เองภายในเจ็ดวันทำการผ่านหมายเลขอ้างอิงที่ได้รับทางข้อความสั้นหลังยื่นเรื่องเสร็จ\n");
        // a short item elsewhere with that word alone: more of its length is the word, so by words it comes first
        files.put("other.txt", "ข่าวประจำวัน\n\nข่าวอื่นที่กล่าวถึงผู้ร้องเรียนเพียงครั้งเดียว\n");
        for (int i = 0; i < 5; i++) {
            files.put("filler-" + i + ".txt", "ข่าวประชาสัมพันธ์ทั่วไปของจังหวัดลำดับที่ " + (i + 1) + " เรื่องการท่องเที่ยวและกีฬา\n");
        }
        try (IndexedTexts indexed = IndexedTexts.of("neighbours", files)) {
            SearchResult r = new SnippetSearcher(indexed.store()).search(SearchRequest.of("ระบบร้องเรียน ศูนย์ดำรงธรรม ผู้ร้องเรียน"));
            List<String> texts = r.hits().stream().map(h -> h.source() + ": " + h.text()).toList();
            int answer = indexOf(texts, "เจ็ดวัน");
            int other = indexOf(texts, "other.txt");
            assertEquals(0, indexOf(texts, "ศูนย์ดำรงธรรม"), texts.toString());
            assertTrue(answer >= 0 && other >= 0 && answer < other, texts.toString());
        }
    }

    private static int indexOf(List<String> texts, String part) {
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).contains(part)) {
                return i;
            }
        }
        return -1;
    }
}
