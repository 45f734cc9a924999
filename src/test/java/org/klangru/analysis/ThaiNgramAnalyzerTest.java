package org.klangru.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Bigrams of Thai runs: exact tokens, and substring search through a phrase of bigrams in a real index. */
class ThaiNgramAnalyzerTest {
    private static final String FIELD = "text" + KlangruAnalysis.NGRAM_SUFFIX;
    private final Analyzer ngrams = KlangruAnalysis.ngramAnalyzer();

    private List<String> grams(String text) {
        return Tokens.positioned(ngrams, FIELD, text);
    }

    @Test
    void bigramsOfThaiRunsOnly() {
        assertEquals(List.of("งบ@0", "บป@1", "ปร@2", "ระ@3", "ะม@4", "มา@5", "าณ@6"), grams("งบประมาณ 2567 PMQA"));
        assertEquals(List.of("ส@0"), grams("ส.1"));
        assertEquals(List.of(), grams("PMQA 4.0 (2567)"));
    }

    @Test
    void repetitionMarkAndDigitsEndARunButSpacesDoNot() {
        assertEquals(List.of("เร@0", "ร็@1", "็ว@2", "นี@4", "ี้@5"), grams("เร็วๆนี้"));
        assertEquals(grams("ศึกษาดูงาน"), grams("ศึกษา ดูงาน"));
        assertEquals(List.of("ใน@0", "วั@2", "ัน@3"), grams("ใน7วัน"));
        assertEquals(List.of("ก@0", "พ@2", "ร@4", "ศึ@6", "ึก@7"), grams("ก.พ.ร. ศึก"));
    }

    @Test
    void saraAmSpellingDoesNotMatter() {
        assertEquals(grams("การดำเนินงาน"), grams("การด\u0E4D\u0E32เนินงาน"));
    }

    @Test
    void phraseOfBigramsFindsSubstringsTheWordFieldMisses() throws IOException {
        try (Directory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(KlangruAnalysis.indexAnalyzer()))) {
                add(w, "plan", "แผนการจัดการความรู้ ประจำปีงบประมาณ พ.ศ. 2567");
                add(w, "visit", "คณะศึกษา ดูงานจากจังหวัดเชียงราย นายนครเขตต์ สุทธปรีดา");
                add(w, "other", "การบริหารความรู้และการจัดการ");
            }
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                IndexSearcher s = new IndexSearcher(r);
                assertEquals(List.of("plan"), search(s, "การจัดการความรู้"));
                assertEquals(List.of("plan"), search(s, "งบประมาณ"));
                assertEquals(List.of("visit"), search(s, "ศึกษาดูงาน"));
                assertEquals(List.of("visit"), search(s, "นครเขต"));
                assertEquals(List.of(), search(s, "ความรู้การจัด"));
            }
        }
    }

    private static void add(IndexWriter w, String id, String text) throws IOException {
        Document d = new Document();
        d.add(new StringField("id", id, Field.Store.YES));
        d.add(new TextField(FIELD, text, Field.Store.NO));
        w.addDocument(d);
    }

    /** One phrase: the test queries are single Thai runs. */
    private List<String> search(IndexSearcher s, String q) throws IOException {
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        for (Tokens.Token t : Tokens.of(ngrams, FIELD, q)) {
            phrase.add(new Term(FIELD, t.term()), t.position());
        }
        List<String> ids = new ArrayList<>();
        for (ScoreDoc hit : s.search(phrase.build(), 10).scoreDocs) {
            ids.add(s.storedFields().document(hit.doc).get("id"));
        }
        return ids;
    }
}
