package org.klangru.index.solr;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.FlagsAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.solr.schema.IndexSchema;
import org.apache.solr.schema.NumericFieldType;
import org.apache.solr.schema.SchemaField;
import org.apache.solr.schema.StrField;
import org.apache.solr.schema.TextField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.klangru.analysis.AnalyzerChoice;
import org.klangru.index.IndexFields;
import org.klangru.index.SolrTestRecords;
import org.klangru.index.StoredFileState;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The configset against Klangru's code: every field a record has is in the schema with a fitting type, every schema
 * field is one Klangru names, and the schema's analysis (Klangru's factories, loaded by Solr through SPI) gives
 * exactly the tokens of Klangru's own analyzers, index side and query side, on Thai text.
 */
class SolrConfigSetTest {
    static IndexSchema schema;

    @BeforeAll
    static void loadSchema(@TempDir Path dir) {
        schema = ConfigSetSchema.load(dir);
    }

    static List<Document> records() {
        List<Document> out = new ArrayList<>();
        out.add(SolrTestRecords.document(SolrDocumentsTest.DOC, SolrDocumentsTest.PASSAGES, List.of("ก=ข")));
        SolrDocumentsTest.PASSAGES.forEach(p -> out.add(SolrTestRecords.passage(p, SolrDocumentsTest.DOC)));
        out.add(SolrTestRecords.failure(new StoredFileState("ffee000011112222", "x.pdf", "h", 1, 2, "EMPTY", "ว่าง")));
        return out;
    }

    @Test
    void everyIndexFieldsNameIsASchemaFieldAndNothingElseIs() throws IllegalAccessException {
        Set<String> klangru = new TreeSet<>();
        for (Class<?> names : List.of(IndexFields.class, SolrFields.class)) {
            for (Field f : names.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class
                        && !f.getName().startsWith("KIND_") && !f.getName().startsWith("COMMIT_")
                        && !f.getName().endsWith("_SUFFIX")) {
                    klangru.add((String) f.get(null));
                }
            }
        }
        assertTrue(klangru.contains(IndexFields.TEXT_NGRAM) && klangru.contains(SolrFields.DATE_DAY), klangru.toString());
        Set<String> missing = new TreeSet<>(klangru);
        missing.removeAll(schema.getFields().keySet());
        assertEquals(Set.of(), missing, "Klangru field names the schema lacks");
        Set<String> stray = new TreeSet<>(schema.getFields().keySet());
        stray.removeAll(klangru);
        assertEquals(Set.of(), stray, "schema fields Klangru does not name");
    }

    /** Each field as the embedded index has it on real records: the Solr field must do the same job. */
    @Test
    void everyRecordFieldHasAFittingSolrType() {
        Map<String, Integer> mostValues = new HashMap<>();
        int checked = 0;
        for (Document record : records()) {
            Map<String, Integer> storedValues = new HashMap<>();
            for (IndexableField f : record.getFields()) {
                String name = f.name();
                var type = f.fieldType();
                if (type.stored()) {
                    storedValues.merge(name, 1, Integer::sum);
                }
                boolean dvOnly = type.docValuesType() == DocValuesType.NUMERIC && !type.stored()
                        && type.indexOptions() == IndexOptions.NONE;
                SchemaField solr = schema.getField(dvOnly ? sortField(name) : name);
                String what = name + " (" + solr.getType().getTypeName() + ")";
                if (dvOnly) {
                    assertTrue(solr.hasDocValues() && solr.getType() instanceof NumericFieldType, what + " sorts");
                } else if (f instanceof SortedSetDocValuesField) {
                    assertTrue(solr.hasDocValues() && solr.getType() instanceof StrField, what + " facets");
                } else if (type.tokenized() && type.indexOptions() != IndexOptions.NONE) {
                    assertInstanceOf(TextField.class, solr.getType(), what);
                    assertTrue(solr.indexed(), what);
                    String expected = name.equals(IndexFields.TEXT_NGRAM) ? "text_th_bigram" : "text_th";
                    assertEquals(expected, solr.getType().getTypeName(), what);
                    if (type.indexOptions() == IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS) {
                        assertTrue(solr.storeOffsetsWithPositions(), what + " has offsets for highlighting");
                    }
                } else if (type.indexOptions() != IndexOptions.NONE && type.pointDimensionCount() == 0) {
                    assertInstanceOf(StrField.class, solr.getType(), what + " is a keyword");
                    assertTrue(solr.indexed(), what);
                }
                if (type.stored()) {
                    assertTrue(solr.stored(), what + " is stored");
                    if (f.numericValue() != null) {
                        assertInstanceOf(NumericFieldType.class, solr.getType(), what + " is numeric");
                    }
                }
                checked++;
            }
            storedValues.forEach((k, v) -> mostValues.merge(k, v, Math::max));
        }
        mostValues.forEach((name, n) -> {
            if (n > 1) {
                assertTrue(schema.getField(name).multiValued(), name + " holds " + n + " values");
            }
        });
        assertTrue(checked > 50, "checked " + checked + " fields");
        // newest first puts undated documents last in the embedded index (missing value Long.MIN_VALUE)
        assertTrue(schema.getField(SolrFields.DATE_DAY).sortMissingLast(), "undated documents sort last");
    }

    private static String sortField(String name) {
        return switch (name) {
            case IndexFields.DATE -> SolrFields.DATE_DAY;
            case IndexFields.BEST_PRACTICE -> SolrFields.BEST_PRACTICE_SORT;
            default -> name;
        };
    }

    // ---- analysis ----

    record Tok(String term, String type, int flags, int posInc, int posLen, int start, int end) {}

    record Stream(List<Tok> tokens, int finalOffset, int finalPosInc) {}

    static Stream tokens(Analyzer analyzer, String field, String text) {
        List<Tok> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            FlagsAttribute flags = ts.addAttribute(FlagsAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute len = ts.addAttribute(PositionLengthAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(new Tok(term.toString(), type.type(), flags.getFlags(), inc.getPositionIncrement(),
                        len.getPositionLength(), offset.startOffset(), offset.endOffset()));
            }
            ts.end();
            return new Stream(out, offset.endOffset(), inc.getPositionIncrement());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seeds (../shared/corpus/seeds, when present) and the repository's own Thai news item, by paragraph. */
    static List<String> thaiTexts() {
        List<Path> files = new ArrayList<>();
        Path seeds = Path.of("..", "shared", "corpus", "seeds");
        if (Files.isDirectory(seeds)) {
            try (java.util.stream.Stream<Path> list = Files.list(seeds)) {
                list.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        files.add(Path.of("corpus", "news-km-workshop-2567.txt"));
        List<String> out = new ArrayList<>(List.of(
                "การจัดการความรู้ (KM) ของ ก.พ.ร. ตามเกณฑ์ PMQA 4.0 หมวด ๔ ปีงบประมาณ ๒๕๖๗",
                "อ านาจ อํานาจ\u200bหน้าที่ ผู้มีส่วนได้ส่วนเสีย\u00a0CS1 IT3 ชุมชนนักปฏิบัติ CoP และ SOP",
                "ๆ ฯ ... 123 ABC abc", ""));
        for (Path f : files) {
            try {
                Files.readAllLines(f, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).forEach(out::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    @Test
    void solrAnalysisGivesKlangrusTokensIndexAndQuerySide() {
        Analyzer index = AnalyzerChoice.KLANGRU.indexAnalyzer();
        Analyzer query = AnalyzerChoice.KLANGRU.queryAnalyzer();
        List<String> texts = thaiTexts();
        assertTrue(texts.size() > 20, "Thai paragraphs: " + texts.size());
        int tokens = 0;
        boolean stacked = false;
        boolean queryGraph = false;
        for (String field : List.of(IndexFields.TEXT, IndexFields.HEADING, IndexFields.TITLE_WORDS, IndexFields.TEXT_NGRAM)) {
            Analyzer solrIndex = schema.getField(field).getType().getIndexAnalyzer();
            Analyzer solrQuery = schema.getField(field).getType().getQueryAnalyzer();
            for (String text : texts) {
                Stream expectedIndex = tokens(index, field, text);
                assertEquals(expectedIndex, tokens(solrIndex, field, text), field + " index side: " + text);
                Stream expectedQuery = tokens(query, field, text);
                assertEquals(expectedQuery, tokens(solrQuery, field, text), field + " query side: " + text);
                tokens += expectedIndex.tokens().size() + expectedQuery.tokens().size();
                stacked |= expectedIndex.tokens().stream().anyMatch(t -> t.posLen() > 1);
                queryGraph |= expectedQuery.tokens().stream().anyMatch(t -> t.posLen() > 1);
            }
        }
        assertTrue(tokens > 10_000, "tokens compared: " + tokens);
        assertTrue(stacked, "domain terms stacked over their parts were compared");
        assertTrue(queryGraph, "query-side graphs (synonyms, terms over parts) were compared");
    }
}
