package org.klangru.cli;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.klangru.TestCorpora;
import org.klangru.index.IndexFields;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * {@code kill -9} of a real {@code klangru index} process in the middle of a bulk index: the index opens with every
 * document of the last commit, answers a search from a new process, and a re-run completes the rest without
 * duplicates. The extraction workers die with the killed process.
 */
class CrashRecoveryTest {
    static final int NEWS = 1_000;
    /** The kill waits for a commit holding at least this many documents, so that real work must survive it. */
    static final int COMMITTED_BEFORE_KILL = 100;
    static final List<String> SETTINGS = List.of("klangru.ingest.commit-interval-seconds=1",
            "klangru.ingest.threads=2", "klangru.ocr.enabled=false");

    @Test
    void killDashNineMidIndexKeepsEveryCommittedDocumentAndTheRerunCompletesWithoutDuplicates(@TempDir Path tmp)
            throws Exception {
        Path corpus = newsCorpus(tmp.resolve("corpus"));
        int files = NEWS + 2;
        Path index = Files.createDirectories(tmp.resolve("index"));
        Path logs = tmp.resolve("logs");

        KlangruProcess first = KlangruProcess.start(logs, "first", SETTINGS,
                "index", "--corpus", corpus.toString(), "--index", index.toString());
        int committed = awaitCommittedDocuments(index, first.process, Duration.ofSeconds(240));
        List<ProcessHandle> workers = first.process.descendants().toList();
        first.process.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no final commit
        assertTrue(first.process.waitFor(30, TimeUnit.SECONDS));
        assertEquals(137, first.process.exitValue(), "killed by SIGKILL");
        for (ProcessHandle w : workers) {
            w.onExit().get(30, TimeUnit.SECONDS); // extraction workers do not outlive their parent
        }

        long t0 = System.nanoTime();
        Counts afterKill = counts(index);
        long openMillis = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(afterKill.documents() >= committed, afterKill + " < " + committed + " seen committed");
        assertTrue(afterKill.documents() < files, "killed before the end: " + afterKill);
        assertEquals(afterKill.documents(), afterKill.distinctIds(), afterKill.toString());

        long s0 = System.nanoTime();
        KlangruProcess search = KlangruProcess.start(logs, "search", SETTINGS,
                "search", "การจัดการความรู้", "--index", index.toString());
        assertEquals(0, search.await(), search.err());
        long searchMillis = (System.nanoTime() - s0) / 1_000_000;
        assertTrue(search.out().contains("1. "), search.out());

        long r0 = System.nanoTime();
        KlangruProcess rerun = KlangruProcess.start(logs, "rerun", SETTINGS,
                "index", "--corpus", corpus.toString(), "--index", index.toString());
        assertEquals(0, rerun.await(), rerun.err());
        long rerunMillis = (System.nanoTime() - r0) / 1_000_000;
        String report = rerun.out();
        assertTrue(report.contains("failed 0"), report);
        assertTrue(report.contains("removed 0"), report);
        java.util.regex.Matcher unchanged = java.util.regex.Pattern.compile("unchanged (\\d+)").matcher(report);
        assertTrue(unchanged.find(), report);
        assertTrue(Integer.parseInt(unchanged.group(1)) >= afterKill.documents(),
                "what was committed before the kill is not read again: " + report);

        Counts done = counts(index);
        assertEquals(files, done.documents(), report);
        assertEquals(files, done.distinctIds(), "no duplicates: " + done);

        String row = String.format("| %d files, commit every 1 s | %d | %d | %d ms | %d ms | %d ms |%n", files, committed,
                afterKill.documents(), openMillis, searchMillis, rerunMillis);
        System.out.print(row);
        Files.writeString(Path.of("target", "crash-recovery.md"), row);
    }

    /** Waits, on the index folder's file events, for a commit holding {@link #COMMITTED_BEFORE_KILL} documents; their number. */
    static int awaitCommittedDocuments(Path index, Process writer, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        try (WatchService watch = FileSystems.getDefault().newWatchService()) {
            index.register(watch, StandardWatchEventKinds.ENTRY_CREATE);
            while (System.nanoTime() < deadline) {
                assertTrue(writer.isAlive(), "the index process ended before a commit was seen");
                WatchKey key = watch.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (key == null) {
                    break;
                }
                boolean commit = false;
                for (WatchEvent<?> e : key.pollEvents()) {
                    commit |= String.valueOf(e.context()).startsWith("segments_");
                }
                key.reset();
                if (commit) {
                    int n = counts(index).documents();
                    if (n >= COMMITTED_BEFORE_KILL) {
                        return n;
                    }
                }
            }
        }
        throw new AssertionError("no commit with " + COMMITTED_BEFORE_KILL + " documents within " + limit);
    }

    record Counts(int documents, int distinctIds) {}

    /** Documents in the last commit, and how many distinct document ids they have. */
    static Counts counts(Path index) throws IOException {
        try (FSDirectory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            TermQuery docs = new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_DOCUMENT));
            int n = searcher.count(docs);
            Set<String> ids = new HashSet<>();
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc d : searcher.search(docs, Math.max(1, n)).scoreDocs) {
                ids.add(stored.document(d.doc, Set.of(IndexFields.DOC_ID)).get(IndexFields.DOC_ID));
            }
            return new Counts(n, ids.size());
        }
    }

    /**
     * {@link #NEWS} news-like Thai text files made from the test corpora's real texts (each with its own heading and
     * a different pair of texts), in folders of 200, and two DOCX files read first, so extraction workers run at the
     * kill.
     */
    static Path newsCorpus(Path target) throws IOException {
        TestCorpora.newsLike(target, NEWS);
        TestCorpora.copyFiles(target, "/formats/sample.docx");
        Files.move(target.resolve("sample.docx"), target.resolve("000-a.docx"));
        TestCorpora.copyFiles(target, "/formats/sample.docx");
        Files.move(target.resolve("sample.docx"), target.resolve("000-b.docx"));
        return target;
    }
}
