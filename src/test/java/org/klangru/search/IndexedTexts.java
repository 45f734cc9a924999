package org.klangru.search;

import org.klangru.TestCorpora;
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
import java.util.Map;

/**
 * Thai text files written to a new corpus folder and indexed on disk with the product's own pipeline: the fixture of
 * search tests that need a corpus of a given shape.
 *
 * @param firstRun the report of indexing the files
 */
record IndexedTexts(Path folder, IndexStore store, Ingestor ingestor, IngestReport firstRun) implements AutoCloseable {

    /** @param files file name to its text, in the order they are written */
    static IndexedTexts of(String name, Map<String, String> files) throws IOException {
        Path work = TestCorpora.tempDir("klangru-" + name);
        Path folder = Files.createDirectories(work.resolve("corpus"));
        for (Map.Entry<String, String> f : files.entrySet()) {
            Files.writeString(folder.resolve(f.getKey()), f.getValue());
        }
        IndexStore store = IndexStore.openWritable(work.resolve("index"), "test", AnalyzerChoice.KLANGRU);
        Ingestor ingestor = new Ingestor(store, new TikaExtractor(ExtractionLimits.DEFAULT),
                new PassageLabeler(Taxonomy.loadDefault()), 2);
        return new IndexedTexts(folder, store, ingestor, ingestor.ingest(folder));
    }

    /** The first page of hits for {@code query}, as the embedded search ranks them. */
    List<SearchHit> search(String query) throws IOException {
        return new SnippetSearcher(store).search(SearchRequest.of(query)).hits();
    }

    /** The score of the hit from {@code source}, 0 when it is not among {@code hits}. */
    static double scoreOf(List<SearchHit> hits, String source) {
        return hits.stream().filter(h -> h.source().equals(source)).mapToDouble(SearchHit::score).findFirst().orElse(0);
    }

    @Override
    public void close() throws IOException {
        store.close();
    }
}
