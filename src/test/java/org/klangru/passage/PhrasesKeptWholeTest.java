package org.klangru.passage;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every stretch of up to {@link Chunker#KEEP_WHOLE} characters of a paragraph lies whole in one of its passages,
 * checked on the real seed documents (each paragraph alone, and all of a document's paragraphs run together as one
 * long paragraph, which forces many cuts) and on text without spaces.
 */
class PhrasesKeptWholeTest {
    private static final Path SEEDS = Path.of("..", "shared", "corpus", "seeds");
    private final PassageSplitter splitter = new PassageSplitter();

    @Test
    void everyPieceOfASeedParagraphIsWholeInOnePassage() throws IOException {
        assumeTrue(Files.isDirectory(SEEDS), "seed corpus not present");
        int checkedLong = 0;
        for (Path f : seedFiles()) {
            List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8).stream()
                    .map(String::strip).filter(l -> !l.isEmpty()).toList();
            for (String line : lines) {
                checkedLong += assertKeptWhole(line) ? 1 : 0;
            }
            // the whole document as one paragraph: many cuts, every one must overlap enough
            assertTrue(assertKeptWhole(String.join(" ", lines)), f.toString());
        }
        assertTrue(checkedLong >= 5, "seeds have few long paragraphs: " + checkedLong);
    }

    @Test
    void textWithoutSpacesIsKeptWholeToo() {
        String run = "การจัดการความรู้ในองค์กรภาครัฐเพื่อพัฒนาคุณภาพการบริหารจัดการ".repeat(20);
        assertTrue(assertKeptWhole(run));
    }

    @Test
    void overlapIsBoundedSoPassagesStayFew() {
        String para = "ข้อความทดสอบ การจัดการความรู้ในองค์กร ".repeat(100); // 3,900 characters
        List<Passage> ps = splitter.split(List.of(Block.paragraph(para)));
        // without overlap about 13 passages; with it no more than about twice that
        assertTrue(ps.size() <= 26, ps.size() + " passages");
        ps.forEach(p -> assertTrue(p.text().length() <= PassageSplitter.MAX_CHARS, p.text()));
    }

    /** @return whether the paragraph was long enough to be cut */
    private boolean assertKeptWhole(String paragraph) {
        List<String> passages = new ArrayList<>();
        for (Passage p : splitter.split(List.of(Block.paragraph(paragraph)))) {
            passages.add(squeeze(p.text()));
        }
        // windows of the text as the splitter reads it (runs of white space as one space), compared without spaces
        String text = paragraph.strip().replaceAll("\\s+", " ");
        int w = Math.min(Chunker.KEEP_WHOLE, text.length());
        for (int i = 0; i + w <= text.length(); i++) {
            String piece = squeeze(text.substring(i, i + w));
            if (passages.stream().noneMatch(p -> p.contains(piece))) {
                fail("cut across " + passages.size() + " passages: «" + piece + "»");
            }
        }
        return passages.size() > 1;
    }

    /** Passages are joined from lines with single spaces: compare without white space. */
    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    private static List<Path> seedFiles() throws IOException {
        try (Stream<Path> files = Files.list(SEEDS)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }
}
