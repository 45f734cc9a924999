package org.klangru.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Indexes the seed paragraphs with the project's index analyzer, which also proves its token graphs and
 * offsets are acceptable to IndexWriter, and reports what the n-gram field costs: postings, index size
 * and analysis time, word field alone against word plus n-gram field.
 */
@org.junit.jupiter.api.Tag("measure")
class NgramFieldCostTest {
    /** The word field as the index stores it: positions and offsets (for highlighting). */
    static final FieldType WORDS = new FieldType(TextField.TYPE_STORED);
    /** The n-gram field: positions for phrases, no offsets, not stored. */
    static final FieldType NGRAMS = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        WORDS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        WORDS.freeze();
        NGRAMS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        NGRAMS.freeze();
    }

    @Test
    void reportCostOfTheNgramField() throws IOException {
        assumeTrue(Seeds.present(), "seed corpus not found");
        List<String> paragraphs = Seeds.paragraphs();
        long bytes = paragraphs.stream().mapToLong(p -> p.getBytes(StandardCharsets.UTF_8).length).sum();

        long wordTokens = count(KlangruAnalysis.indexAnalyzer(), "text", paragraphs);
        long gramTokens = count(KlangruAnalysis.indexAnalyzer(), "text" + KlangruAnalysis.NGRAM_SUFFIX, paragraphs);
        long[] wordsOnly = null;
        long[] both = null;
        for (int round = 0; round < 3; round++) { // the first rounds warm the JIT up; keep the last
            wordsOnly = index(paragraphs, false);
            both = index(paragraphs, true);
        }
        System.out.printf("%nn-gram field cost on the seed corpus (%d paragraphs, %.1f KB UTF-8)%n", paragraphs.size(), bytes / 1024.0);
        System.out.printf("  tokens: word field %d, n-gram field %d (%.2fx)%n", wordTokens, gramTokens, (double) gramTokens / wordTokens);
        System.out.printf("  index size: words only %.1f KB, words + n-grams %.1f KB (+%.0f%%)%n",
                wordsOnly[0] / 1024.0, both[0] / 1024.0, 100.0 * (both[0] - wordsOnly[0]) / wordsOnly[0]);
        System.out.printf("  indexing time: words only %.0f ms, words + n-grams %.0f ms%n", wordsOnly[1] / 1e6, both[1] / 1e6);
        assertTrue(both[0] > wordsOnly[0]);
    }

    private static long count(Analyzer analyzer, String field, List<String> texts) throws IOException {
        long n = 0;
        for (String t : texts) {
            try (TokenStream ts = analyzer.tokenStream(field, t)) {
                ts.reset();
                while (ts.incrementToken()) {
                    n++;
                }
                ts.end();
            }
        }
        return n;
    }

    /** {size in bytes after a merge to one segment, nanoseconds spent adding documents}. */
    private static long[] index(List<String> paragraphs, boolean withNgrams) throws IOException {
        try (Directory dir = new ByteBuffersDirectory()) {
            long took;
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(KlangruAnalysis.indexAnalyzer()))) {
                long start = System.nanoTime();
                for (String p : paragraphs) {
                    Document d = new Document();
                    d.add(new Field("text", p, WORDS));
                    if (withNgrams) {
                        d.add(new Field("text" + KlangruAnalysis.NGRAM_SUFFIX, p, NGRAMS));
                    }
                    w.addDocument(d);
                }
                took = System.nanoTime() - start;
                w.forceMerge(1);
            }
            long size = 0;
            for (String f : dir.listAll()) {
                size += dir.fileLength(f);
            }
            return new long[] {size, took};
        }
    }
}
