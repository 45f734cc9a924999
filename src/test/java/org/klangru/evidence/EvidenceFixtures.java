package org.klangru.evidence;

import org.klangru.TestCorpora;
import org.klangru.index.IndexStore;
import org.klangru.ingest.ExtractionLimits;
import org.klangru.ingest.IngestReport;
import org.klangru.ingest.Ingestor;
import org.klangru.ingest.PassageLabeler;
import org.klangru.ingest.TikaExtractor;
import org.klangru.taxonomy.Taxonomy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Indexes for the evidence tests, built once per test run with the real ingest path (Tika, passage splitter,
 * classifier), then opened read-only by each test.
 */
final class EvidenceFixtures {
    /** The shared data folder, "../shared" from the project root unless -Dklangru.shared says otherwise. */
    static final Path SEEDS = Path.of(System.getProperty("klangru.shared", "../shared")).resolve("corpus/seeds");
    static final LocalDate DAY = LocalDate.of(2025, 5, 1);
    static final String BASE = "http://klangru.test:8080";

    private static final Map<String, Path> BUILT = new HashMap<>();

    private EvidenceFixtures() {}

    /** The test corpus with known KM evidence and known gaps (src/test/resources/evidence-corpus). */
    static synchronized Path testCorpusIndex() {
        return BUILT.computeIfAbsent("evidence-corpus", k -> build(
                work -> TestCorpora.copy("evidence-corpus", work.resolve("corpus")), 6));
    }

    static boolean seedsPresent() {
        return Files.isDirectory(SEEDS);
    }

    /** The five seed texts of the shared corpus (the format copies under formats/ are the same texts). */
    static synchronized Path seedIndex() {
        return BUILT.computeIfAbsent("seeds", k -> build(work -> {
            Path corpus = work.resolve("corpus");
            try (Stream<Path> files = Files.list(SEEDS)) {
                Files.createDirectories(corpus);
                for (Path p : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                    Files.copy(p, corpus.resolve(p.getFileName()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return corpus;
        }, 5));
    }

    private interface CorpusMaker {
        Path make(Path work);
    }

    private static Path build(CorpusMaker maker, int expected) {
        try {
            Path work = Files.createTempDirectory("klangru-evidence");
            Path corpus = maker.make(work);
            Path index = work.resolve("index");
            try (IndexStore store = IndexStore.openWritable(index, "test", org.klangru.analysis.AnalyzerChoice.KLANGRU)) {
                IngestReport report = new Ingestor(store, new TikaExtractor(ExtractionLimits.DEFAULT),
                        new PassageLabeler(Taxonomy.loadDefault()), 2).ingest(corpus);
                if (report.added() != expected || !report.failures().isEmpty()) {
                    throw new IllegalStateException("expected " + expected + " documents: " + report.summary());
                }
            }
            return index;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static EvidencePack pack(Path index, String framework, int category) {
        return pack(index, framework, category, List.of(), List.of());
    }

    static EvidencePack pack(Path index, String framework, int category, List<String> agencies, List<Integer> years) {
        EvidencePlan plan = EvidencePlan.build(Taxonomy.loadDefault(), EvidenceVocabulary.loadDefault(), framework,
                category);
        try (IndexStore store = IndexStore.openReadOnly(index)) {
            return new EvidenceCollector(store).collect(plan,
                    new EvidenceRequest(agencies, years, BASE, EvidenceRequest.DEFAULT_QUOTES, DAY));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static EvidencePack.Section section(EvidencePack pack, String id) {
        return pack.groups().stream().flatMap(g -> g.sections().stream()).filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no section " + id));
    }
}
