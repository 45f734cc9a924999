package org.klangru.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * How much the n-gram field should count: the 30 judged dev queries (../shared/eval/dev-queries.tsv, filters
 * ignored) over the seed paragraphs, word field alone against word field plus one phrase of bigrams per
 * Thai run of the query, at several weights. Relevance as evaluate.py has it: a passage is relevant when it
 * contains one of the query's substrings (white space, digit form and sara am spelling ignored); recall@10
 * counts each substring once. Then random pieces of the seed text, which the n-gram field is for. Prints
 * the tables; asserts only that the recommended form (a phrase per run, weight 0.3) loses nothing on the
 * dev queries.
 *
 * <p>{@code -Dklangru.distractors=DIR} mixes in the paragraphs of every {@code .txt} file under DIR (e.g. a
 * few thousand items unpacked from ../shared/corpus/thaigov), as ../shared/eval/README.md suggests.
 */
@org.junit.jupiter.api.Tag("measure")
class NgramScoringExperimentTest {
    static final Path QUERIES = Path.of("..", "shared", "eval", "dev-queries.tsv");
    static final String TEXT = "text";
    static final String NGRAM = TEXT + KlangruAnalysis.NGRAM_SUFFIX;
    /** The weight recommended to the query builder, for one bigram phrase per Thai run of the query. */
    static final float CHOSEN_WEIGHT = 0.3f;

    record Judged(String query, List<String> relevant) {}

    @Test
    void ngramPhrasesAddRecallWithoutDrowningPrecision() throws IOException {
        assumeTrue(Seeds.present() && Files.isRegularFile(QUERIES), "seed corpus or dev queries not found");
        List<String> paragraphs = new ArrayList<>(Seeds.paragraphs());
        String distractors = System.getProperty("klangru.distractors");
        if (distractors != null) {
            try (var files = Files.walk(Path.of(distractors))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                        if (line.strip().length() >= 20) {
                            paragraphs.add(line.strip());
                        }
                    }
                }
            }
        }
        List<Judged> judged = new ArrayList<>();
        for (String line : Files.readAllLines(QUERIES, StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            judged.add(new Judged(f[1], List.of(f[3].split(" \\|\\| "))));
        }
        try (Directory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(KlangruAnalysis.indexAnalyzer()))) {
                for (String p : paragraphs) {
                    Document d = new Document();
                    d.add(new Field(TEXT, p, NgramFieldCostTest.WORDS));
                    d.add(new Field(NGRAM, p, NgramFieldCostTest.NGRAMS));
                    d.add(new StoredField("raw", p));
                    w.addDocument(d);
                }
            }
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(r);
                StringBuilder table = new StringBuilder(String.format("%n%d paragraphs%n%-30s %9s %7s %9s%n", paragraphs.size(),
                        "dev queries", "recall@10", "MRR", "success@1"));
                double[] wordsOnly = run(searcher, judged, -1, false, table, "word field only");
                run(searcher, judged, Float.NaN, false, table, "n-grams only, per run");
                run(searcher, judged, Float.NaN, true, table, "n-grams only, per word");
                double[] chosen = null;
                for (boolean perWord : new boolean[] {false, true}) {
                    for (float weight : new float[] {0.1f, 0.3f, 0.5f, 1.0f}) {
                        double[] m = run(searcher, judged, weight, perWord, table,
                                "words + n-grams/" + (perWord ? "word" : "run") + " x" + weight);
                        if (weight == CHOSEN_WEIGHT && !perWord) {
                            chosen = m;
                        }
                    }
                }
                table.append(substrings(searcher, paragraphs));
                System.out.println(table);
                assertTrue(chosen[0] >= wordsOnly[0] && chosen[1] >= wordsOnly[1] - 1e-9, table.toString());
            }
        }
    }

    /** weight < 0: words only; NaN: n-grams only. Returns {recall@10, MRR, success@1}. */
    private static double[] run(IndexSearcher searcher, List<Judged> judged, float weight, boolean perWord, StringBuilder table,
            String label)
            throws IOException {
        QueryBuilder words = new QueryBuilder(KlangruAnalysis.queryAnalyzer());
        words.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        double recall = 0, mrr = 0, success = 0;
        for (Judged j : judged) {
            Query w = words.createBooleanQuery(TEXT, j.query());
            Query n = perWord ? ngramPerWordQuery(j.query()) : ngramQuery(j.query());
            Query q;
            if (Float.isNaN(weight)) {
                q = n;
            } else if (weight < 0) {
                q = w == null ? new MatchNoDocsQuery() : w;
            } else {
                BooleanQuery.Builder b = new BooleanQuery.Builder();
                if (w != null) {
                    b.add(w, Occur.SHOULD);
                }
                b.add(new BoostQuery(n, weight), Occur.SHOULD);
                q = b.build();
            }
            ScoreDoc[] hits = searcher.search(q, 10).scoreDocs;
            Set<String> found = new HashSet<>();
            int firstRelevant = 0;
            for (int rank = 0; rank < hits.length; rank++) {
                String passage = norm(searcher.storedFields().document(hits[rank].doc).get("raw"));
                boolean relevant = false;
                for (String rel : j.relevant()) {
                    if (passage.contains(norm(rel))) {
                        found.add(rel);
                        relevant = true;
                    }
                }
                if (relevant && firstRelevant == 0) {
                    firstRelevant = rank + 1;
                }
            }
            recall += (double) found.size() / j.relevant().size();
            mrr += firstRelevant == 0 ? 0 : 1.0 / firstRelevant;
            success += firstRelevant == 1 ? 1 : 0;
        }
        int n = judged.size();
        table.append(String.format("%-30s %9.3f %7.3f %9.3f%n", label, recall / n, mrr / n, success / n));
        return new double[] {recall / n, mrr / n, success / n};
    }

    /**
     * What the n-gram field is for: 300 random pieces (3 to 8 letters, starting and ending at a character
     * boundary) of seed paragraphs, wherever word boundaries fall. success@10: a paragraph containing the
     * piece is in the top ten; precision@10: the share of the top ten that contain it.
     */
    private static String substrings(IndexSearcher searcher, List<String> paragraphs) throws IOException {
        Random random = new Random(3);
        List<String> pieces = new ArrayList<>();
        List<String> seeds = Seeds.paragraphs();
        while (pieces.size() < 300) {
            String p = seeds.get(random.nextInt(seeds.size()));
            int start = random.nextInt(Math.max(1, p.length()));
            int end = start + 3 + random.nextInt(6);
            if (end > p.length() || !startsCharacter(p, start) || !(end == p.length() || startsCharacter(p, end))) {
                continue;
            }
            String piece = p.substring(start, end);
            if (piece.chars().allMatch(c -> ThaiChars.isThaiLetter((char) c))) {
                pieces.add(piece);
            }
        }
        QueryBuilder words = new QueryBuilder(KlangruAnalysis.queryAnalyzer());
        StringBuilder out = new StringBuilder(String.format("%n%-30s %10s %12s%n", "300 random Thai pieces", "success@10", "precision@10"));
        for (String system : List.of("word field only", "words + n-grams/word x" + CHOSEN_WEIGHT, "words + n-grams/run x" + CHOSEN_WEIGHT)) {
            double success = 0, precision = 0;
            for (String piece : pieces) {
                Query w = words.createBooleanQuery(TEXT, piece);
                BooleanQuery.Builder b = new BooleanQuery.Builder();
                if (w != null) {
                    b.add(w, Occur.SHOULD);
                }
                if (!system.startsWith("word field")) {
                    b.add(new BoostQuery(system.contains("/word") ? ngramPerWordQuery(piece) : ngramQuery(piece), CHOSEN_WEIGHT), Occur.SHOULD);
                }
                ScoreDoc[] hits = searcher.search(b.build(), 10).scoreDocs;
                int relevant = 0;
                for (ScoreDoc h : hits) {
                    if (norm(searcher.storedFields().document(h.doc).get("raw")).contains(norm(piece))) {
                        relevant++;
                    }
                }
                success += relevant > 0 ? 1 : 0;
                precision += hits.length == 0 ? 0 : (double) relevant / hits.length;
            }
            out.append(String.format("%-30s %10.3f %12.3f%n", system, success / pieces.size(), precision / pieces.size()));
        }
        return out.toString();
    }

    /** A piece may not start with a mark or a following vowel: that is the middle of a character. */
    private static boolean startsCharacter(String s, int i) {
        char c = s.charAt(i);
        return !ThaiChars.isCombiningMark(c) && !(c >= '\u0E30' && c <= '\u0E3A') && c != '\u0E45';
    }

    /** One exact phrase of bigrams per Thai run of the query (a position gap starts a new run). */
    static Query ngramQuery(String text) {
        Analyzer ngrams = KlangruAnalysis.ngramAnalyzer();
        BooleanQuery.Builder runs = new BooleanQuery.Builder();
        PhraseQuery.Builder phrase = null;
        int last = -10;
        int size = 0;
        for (Tokens.Token t : Tokens.of(ngrams, NGRAM, text)) {
            if (t.position() != last + 1) {
                addRun(runs, phrase, size);
                phrase = new PhraseQuery.Builder();
                size = 0;
            }
            phrase.add(new Term(NGRAM, t.term()), t.position());
            size++;
            last = t.position();
        }
        addRun(runs, phrase, size);
        return runs.build();
    }

    /** One phrase of bigrams per Thai word of the query, as the segmenter cuts it. */
    static Query ngramPerWordQuery(String text) {
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        for (String word : new ThaiSegmenter().segment(text)) {
            Query q = ngramQuery(word);
            if (q instanceof BooleanQuery b && !b.clauses().isEmpty()) {
                words.add(q, Occur.SHOULD);
            }
        }
        return words.build();
    }

    private static void addRun(BooleanQuery.Builder runs, PhraseQuery.Builder phrase, int size) {
        if (phrase != null && size > 1) { // a lone letter says too little
            runs.add(phrase.build(), Occur.SHOULD);
        }
    }

    private static String norm(String s) {
        StringBuilder b = new StringBuilder();
        String t = s.replace("\u0E4D\u0E32", "\u0E33");
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            b.append(c >= '\u0E50' && c <= '\u0E59' ? (char) ('0' + c - '\u0E50') : c);
        }
        return b.toString();
    }
}
