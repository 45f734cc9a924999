package org.klangru.search;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.klangru.analysis.AnalyzerChoice;
import org.klangru.index.IndexStore;
import org.klangru.ingest.ExtractionLimits;
import org.klangru.ingest.IngestReport;
import org.klangru.ingest.Ingestor;
import org.klangru.ingest.PassageLabeler;
import org.klangru.ingest.TikaExtractor;
import org.klangru.taxonomy.Taxonomy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Golden ranking over four real Thai seed documents (one of them hard-wrapped plain text) indexed on disk:
 * the passage that answers each query comes first. And the snippets those queries get: cut at Thai phrase
 * boundaries, at most about 250 characters, marks balanced and never splitting a character cluster.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedRankingAndSnippetTest {
    private static final Path SEEDS = Path.of("../shared/corpus/seeds");
    private static final List<String> FILES = List.of("000_cb0a149a722cd502.txt", "001_d3bfe57fa9149fc7.txt",
            "002_c0159068cba2a726.txt", "004_d7880ede011fff30.txt");
    /** Query, then text the first hit must contain. */
    private static final List<String[]> GOLDEN = List.of(
            new String[] {"ปัจจัยแห่งความสำเร็จในการขยายผลคุณภาพการให้บริการ", "การให้ความสำคัญของผู้บริหารในการผลักดันคุณภาพการให้บริการ"},
            new String[] {"ผู้บริหารไม่ให้ความสำคัญกับ PMQA", "ผู้บริหารไม่ให้ความสำคัญกับการดำเนินงาน"},
            new String[] {"ระบบจัดการข้อร้องเรียน", "มีระบบการจัดการข้อร้องเรียน"},
            new String[] {"ก.พ.ร. ศึกษาดูงาน เชียงราย", "ได้ต้อนรับคณะศึกษาดูงานจากจังหวัดเชียงราย"},
            new String[] {"จำนวนผลงานที่สมัครรางวัลปี ๒๕๖๖", "สมัครรางวัลจำนวน 365 ผลงาน"},
            new String[] {"Home Office Day", "Home Office Day"});

    Path work;
    IndexStore store;
    SnippetSearcher searcher;

    @BeforeAll
    void index() throws IOException {
        work = Files.createTempDirectory("klangru-golden");
        Path corpus = Files.createDirectories(work.resolve("corpus"));
        for (String f : FILES) {
            assertTrue(Files.isRegularFile(SEEDS.resolve(f)), "the shared seed corpus belongs beside the project: " + SEEDS.toAbsolutePath());
            Files.copy(SEEDS.resolve(f), corpus.resolve(f));
        }
        store = IndexStore.openWritable(work.resolve("index"), "test", AnalyzerChoice.KLANGRU);
        IngestReport r = new Ingestor(store, new TikaExtractor(ExtractionLimits.DEFAULT), new PassageLabeler(Taxonomy.loadDefault()), 2)
                .ingest(corpus);
        assertEquals(FILES.size(), r.added(), r.summary());
        searcher = new SnippetSearcher(store);
    }

    @AfterAll
    void close() throws IOException {
        store.close();
    }

    private List<SearchHit> hits(String query) throws IOException {
        List<SearchHit> hits = searcher.search(SearchRequest.of(query)).hits();
        assertFalse(hits.isEmpty(), "no hit for " + query);
        return hits;
    }

    @Test
    void theAnsweringPassageComesFirst() throws IOException {
        for (String[] g : GOLDEN) {
            SearchHit first = hits(g[0]).get(0);
            assertTrue(first.text().replace(" ", "").contains(g[1].replace(" ", "")), g[0] + " → " + first.text());
        }
    }

    @Test
    void snippetsAreShortAndCutBetweenPhrases() throws IOException {
        Pattern mark = Pattern.compile("</?mark>");
        for (String[] g : GOLDEN) {
            for (SearchHit h : hits(g[0])) {
                String plain = mark.matcher(h.highlight()).replaceAll("")
                        .replace("&quot;", "\"").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&#x27;", "'").replace("&#x2F;", "/");
                assertTrue(h.text().contains(plain), "the snippet is a piece of the passage: " + plain);
                int len = plain.length();
                assertTrue(len <= 260, len + ": " + plain);
                int at = h.text().indexOf(plain);
                int end = at + plain.length();
                if (h.text().length() >= 250 && at > 0 && end < h.text().length()) {
                    // centred on the match; a match near either end of the passage gets a shorter snippet
                    assertTrue(len >= 100, "a long passage gives a snippet of about 150–250 characters, not " + len + ": " + plain);
                }
                assertTrue(at == 0 || Character.isWhitespace(h.text().charAt(at - 1)) || !Character.isWhitespace(plain.charAt(0)) && cutBetweenWords(h.text(), at),
                        "starts at a phrase boundary: " + plain);
                assertTrue(end == h.text().length() || Character.isWhitespace(h.text().charAt(end)) || Character.isWhitespace(plain.charAt(plain.length() - 1)) || cutBetweenWords(h.text(), end),
                        "ends at a phrase boundary: " + plain);
                assertFalse(Character.getType(plain.charAt(0)) == Character.NON_SPACING_MARK, "no broken cluster: " + plain);
                assertBalanced(h.highlight());
            }
        }
    }

    @Test
    void aPhraseWithSpacesIsOneMark() throws IOException {
        SearchHit first = hits("Home Office Day").get(0);
        assertTrue(first.highlight().contains("<mark>Home Office Day</mark>"), first.highlight());
    }

    /** A cut inside a run of Thai without spaces falls on an ICU word boundary, never inside a cluster. */
    private static boolean cutBetweenWords(String text, int at) {
        com.ibm.icu.text.BreakIterator words = com.ibm.icu.text.BreakIterator.getWordInstance(new com.ibm.icu.util.ULocale("th"));
        words.setText(text);
        return words.isBoundary(at);
    }

    private static void assertBalanced(String html) {
        Matcher m = Pattern.compile("<(/?)mark>").matcher(html);
        int depth = 0;
        while (m.find()) {
            depth += m.group(1).isEmpty() ? 1 : -1;
            assertTrue(depth == 0 || depth == 1, "marks nest or close unopened: " + html);
        }
        assertEquals(0, depth, "marks balanced: " + html);
    }
}
