package org.klangru.text;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Word survival of the seed PDFs: the share of the original .txt's words that search can still find in the
 * text Tika extracts from the LibreOffice PDF of it, raw and after {@link ThaiTextRepair#repair}. Prints a table.
 */
class PdfWordSurvivalTest {

    private static final int SEEDS = 5;
    private static final double SEED_BAR = 0.995;
    /** The Gazette's reference is a cleaned text, not gold (its own spacing differs), so a looser bar. */
    private static final double GAZETTE_BAR = 0.97;

    @Test
    void repairedPdfTextKeepsTheWords() throws Exception {
        Assumptions.assumeTrue(SharedCorpus.present(), "shared corpus not present at " + SharedCorpus.ROOT);
        List<Executable> checks = new ArrayList<>();
        StringBuilder table = new StringBuilder(String.format("%n%-44s %7s %7s %9s%n", "document", "words", "raw", "repaired"));
        for (int n = 0; n < SEEDS; n++) {
            String original = Files.readString(SharedCorpus.seedText(n));
            String extracted = SharedCorpus.extract(SharedCorpus.seedPdf(n));
            String repaired = ThaiTextRepair.repair(extracted);
            double raw = WordSurvival.survival(original, extracted);
            double fixed = WordSurvival.survival(original, repaired);
            String name = SharedCorpus.seedPdf(n).getFileName().toString();
            table.append(row(name, original, raw, fixed));
            checks.add(() -> assertTrue(fixed >= SEED_BAR, () -> String.format("%s: %.4f < %.3f, lost %s",
                    name, fixed, SEED_BAR, WordSurvival.lost(original, repaired))));
            checks.add(() -> assertEquals(repaired, ThaiTextRepair.repair(repaired), name + " not idempotent"));
        }
        if (Files.isRegularFile(SharedCorpus.GAZETTE_PDF)) {
            String expected = Files.readString(SharedCorpus.GAZETTE_EXPECTED);
            String extracted = SharedCorpus.extract(SharedCorpus.GAZETTE_PDF);
            String repaired = ThaiTextRepair.repair(extracted);
            double raw = WordSurvival.survival(expected, extracted);
            double fixed = WordSurvival.survival(expected, repaired);
            table.append(row("royal-gazette (vs expected.txt, not gold)", expected, raw, fixed));
            checks.add(() -> assertTrue(fixed >= GAZETTE_BAR, () -> String.format("gazette: %.4f, lost %s",
                    fixed, WordSurvival.lost(expected, repaired))));
        }
        System.out.println(table);
        assertAll(checks);
    }

    /**
     * Every curly quote of the seeds' originals comes out of their PDFs between the same words. LibreOffice draws
     * the quotes in another font, as a run of their own before the line's Thai run; in stream order they landed
     * at the start of the line, away from their words (issue #18).
     */
    @Test
    void curlyQuotesStayBetweenTheirWords() throws Exception {
        Assumptions.assumeTrue(SharedCorpus.present(), "shared corpus not present at " + SharedCorpus.ROOT);
        List<Executable> checks = new ArrayList<>();
        int quotes = 0;
        for (int n = 0; n < SEEDS; n++) {
            // PDF lines break anywhere: compare without white space
            String original = noSpace(Files.readString(SharedCorpus.seedText(n)));
            String name = SharedCorpus.seedPdf(n).getFileName().toString();
            String extracted = noSpace(ThaiTextRepair.repair(SharedCorpus.extract(SharedCorpus.seedPdf(n))));
            for (int i = 0; i < original.length(); i++) {
                char c = original.charAt(i);
                if (c != '“' && c != '”') {
                    continue;
                }
                quotes++;
                String context = original.substring(Math.max(0, i - CONTEXT), Math.min(original.length(), i + 1 + CONTEXT));
                checks.add(() -> assertTrue(extracted.contains(context), () -> name + ": " + context + " not found, "
                        + "the words after it are in: " + near(extracted, context.substring(context.indexOf(c) + 1))));
            }
        }
        assertEquals(8, quotes, "seeds 001 and 004 have four curly quotes each");
        assertAll(checks);
    }

    /** Characters on each side of a quote that must come out with it. */
    private static final int CONTEXT = 6;

    private static String noSpace(String s) {
        return s.replaceAll("\\s+", "");
    }

    private static String near(String text, String words) {
        int at = text.indexOf(words);
        return at < 0 ? "(not found)" : text.substring(Math.max(0, at - 30), Math.min(text.length(), at + 30));
    }

    private static String row(String name, String reference, double raw, double repaired) {
        int words = WordSurvival.words(reference).values().stream().mapToInt(Integer::intValue).sum();
        return String.format("%-44s %7d %6.2f%% %8.2f%%%n", name, words, 100 * raw, 100 * repaired);
    }
}
