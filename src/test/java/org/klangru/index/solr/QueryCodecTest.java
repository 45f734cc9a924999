package org.klangru.index.solr;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JSON form gives back the very query (Query.equals), and refuses what it cannot carry instead of changing it. */
class QueryCodecTest {

    @Test
    void theQueriesOfRecordReadsComeBackEqual() {
        Query words = new BooleanQuery.Builder()
                .add(new DisjunctionMaxQuery(List.of(new TermQuery(new Term("text", "ข้อร้องเรียน")),
                        new BoostQuery(new TermQuery(new Term("heading", "ข้อร้องเรียน")), 0.4f)), 0.1f), Occur.SHOULD)
                .add(new PhraseQuery.Builder().add(new Term("text", "ระบบ"), 0).add(new Term("text", "จัดการ"), 2)
                        .setSlop(1).build(), Occur.MUST)
                .add(new ConstantScoreQuery(new PrefixQuery(new Term("source", "visits/"))), Occur.FILTER)
                .add(new TermQuery(new Term("passage_id", "x-0001")), Occur.MUST_NOT)
                .setMinimumNumberShouldMatch(1)
                .build();
        for (Query q : List.of(words, new MatchAllDocsQuery(), new TermQuery(new Term("kind", "document")))) {
            assertEquals(q, QueryCodec.decode(QueryCodec.encode(q)), q.toString());
        }
    }

    @Test
    void aQueryItCannotCarryIsRefusedNotApproximated() {
        Query weighted = new SynonymQuery.Builder("text").addTerm(new Term("text", "บุคลากร"), 0.8f)
                .addTerm(new Term("text", "เจ้าหน้าที่")).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> QueryCodec.encode(weighted));
        assertTrue(e.getMessage().contains("SynonymQuery"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> QueryCodec.decode("{\"regexp\":\"text\"}"));
        assertThrows(IllegalArgumentException.class, () -> QueryCodec.decode("not json"));
    }
}
