package org.klangru.ingest;

import org.junit.jupiter.api.Test;
import org.klangru.text.MatchKey;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The LibreOffice PDFs of seeds 001 and 004 keep their curly quotes where they are printed: every “quoted phrase” of
 * the seed's text is in the PDF's extracted text with both quotes (white space ignored).
 */
class PdfQuotesTest {
    private static final Path SEEDS = Path.of("..", "shared", "corpus", "seeds");
    private static final Pattern QUOTED = Pattern.compile("“[^“”]{2,80}”");

    @Test
    void quotedPhrasesKeepTheirQuotes() throws Exception {
        assumeTrue(Files.isDirectory(SEEDS.resolve("formats")), "seed corpus not present");
        int checked = 0;
        try (TikaExtractor tika = new TikaExtractor(ExtractionLimits.DEFAULT, null, ExtractionIsolation.IN_PROCESS)) {
            for (String seed : List.of("001", "004")) {
                String original = Files.readString(seedText(seed), StandardCharsets.UTF_8);
                String pdf = MatchKey.of(tika.extract(SEEDS.resolve("formats/seed" + seed + ".pdf")).fullText());
                List<String> missing = new ArrayList<>();
                Matcher m = QUOTED.matcher(original);
                while (m.find()) {
                    checked++;
                    if (!pdf.contains(MatchKey.of(m.group()))) {
                        missing.add(m.group());
                    }
                }
                assertTrue(missing.isEmpty(), "seed" + seed + ".pdf lost the quotes of " + missing);
            }
        }
        assertTrue(checked >= 2, "the seeds have quoted phrases: " + checked);
    }

    private static Path seedText(String number) throws Exception {
        try (Stream<Path> files = Files.list(SEEDS)) {
            return files.filter(p -> p.getFileName().toString().startsWith(number + "_")).findFirst().orElseThrow();
        }
    }
}
