package org.klangru.search;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/**
 * More equal first-pass hits than the rescoring depth: which of them are ranked again, and how the rest are ordered,
 * must follow the passages, not the order ingest happened to write them in.
 */
class FirstPassTiesTest {
    static final int DEPTH = 5;
    /** More than the window a first page ranks (3 × 10 + 30), so some equal hits are left out of it. */
    static final int TIED = 100;

    /** Passages with both words apart or together, otherwise alike: equal by their words alone. */
    private static Map<String, String> tiedFiles() {
        Random numbers = new Random(7);
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 0; i < TIED; i++) {
            // distinct numbers keep them from folding as copies; equal lengths keep their word scores equal
            String a = String.valueOf(100_000 + numbers.nextInt(900_000));
            String b = String.valueOf(100_000 + numbers.nextInt(900_000));
            files.put(String.format("f-%02d.txt", i), i % 25 == 3
                    ? "ระบบร้องเรียน " + a + " " + b + "\n"
                    : "ระบบ " + a + " ร้องเรียน " + b + "\n");
        }
        return files;
    }

    private static List<String> ranked(SearchResult r) {
        return r.hits().stream().map(h -> h.source() + h.alsoIn()).toList();
    }

    @Test
    void equalFirstPassHitsAreRankedAgainTheSameWhateverOrderTheyWereIndexedIn() throws IOException {
        Map<String, String> files = tiedFiles();
        SearchRequest request = SearchRequest.of("ระบบร้องเรียน");
        List<String> together;
        try (IndexedTexts all = IndexedTexts.of("ties-all", files)) {
            together = ranked(new SnippetSearcher(all.store(), DEPTH).search(request));
        }
        // the same files, the second half indexed first: index order differs from the first index's
        List<String> names = new ArrayList<>(files.keySet());
        Map<String, String> secondHalf = new LinkedHashMap<>();
        names.subList(TIED / 2, TIED).forEach(n -> secondHalf.put(n, files.get(n)));
        try (IndexedTexts split = IndexedTexts.of("ties-split", secondHalf)) {
            for (String n : names.subList(0, TIED / 2)) {
                Files.writeString(split.folder().resolve(n), files.get(n));
            }
            assertEquals(TIED / 2, split.ingestor().ingest(split.folder()).added());
            List<String> inTwoRuns = ranked(new SnippetSearcher(split.store(), DEPTH).search(request));
            assertEquals(together, inTwoRuns);
        }
        assertTrue(together.get(0).startsWith("f-") && together.size() >= 10, together.toString());
    }

    @Test
    void passagesLabelledWithTheNamedCategoryRankByTheWordsTheyHold() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        Random numbers = new Random(11);
        for (int i = 0; i < 3; i++) {
            files.put("every-word-" + i + ".txt", "หมวด 4 ระบบร้องเรียนของสำนักงานเขตที่ " + (i + 1) + "\n");
        }
        // labelled by the category's name, holding none of the query's words: equal for the query but for the label
        for (int i = 0; i < TIED; i++) {
            files.put(String.format("label-only-%02d.txt", i), "การวัด การวิเคราะห์ และการจัดการความรู้ ทบทวนทุกไตรมาส รอบ "
                    + (100_000 + numbers.nextInt(900_000)) + " ชุด " + (100_000 + numbers.nextInt(900_000)) + "\n");
        }
        files.put("label-and-words.txt", "การวัด การวิเคราะห์ และการจัดการความรู้ ของหน่วยงานรวมถึงระบบร้องเรียนออนไลน์\n");
        try (IndexedTexts indexed = IndexedTexts.of("named-category", files)) {
            SearchResult r = new SnippetSearcher(indexed.store(), DEPTH).search(SearchRequest.of("หมวด 4 ระบบร้องเรียน"));
            List<String> sources = r.hits().stream().map(SearchHit::source).toList();
            assertTrue(r.total() >= 30, "the labelled passages are hits of the every-word tier: " + r.total());
            int withWords = sources.indexOf("label-and-words.txt");
            int firstLabelOnly = sources.stream().filter(s -> s.startsWith("label-only-")).findFirst()
                    .map(sources::indexOf).orElse(sources.size());
            assertTrue(withWords >= 0 && withWords < firstLabelOnly,
                    "a labelled passage holding the query's words ranks above those holding none: " + sources);
        }
    }
}
