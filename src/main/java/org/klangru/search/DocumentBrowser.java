package org.klangru.search;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.klangru.index.DocumentRecord;
import org.klangru.index.IndexDocuments;
import org.klangru.index.IndexFields;
import org.klangru.index.IndexStore;
import org.klangru.index.PassageRecord;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Lists indexed documents and reads a document's passages in order. */
public final class DocumentBrowser {
    private final IndexStore store;

    public DocumentBrowser(IndexStore store) {
        this.store = store;
    }

    public record DocumentPage(long total, List<DocumentRecord> documents) {}

    /** Documents ordered by source path; page is 1-based. */
    public DocumentPage list(int page, int size) throws IOException {
        return store.search(s -> {
            TopDocs all = s.search(kind(IndexFields.KIND_DOCUMENT), Integer.MAX_VALUE);
            List<DocumentRecord> docs = new ArrayList<>(all.scoreDocs.length);
            for (ScoreDoc sd : all.scoreDocs) {
                docs.add(IndexDocuments.documentFrom(s.storedFields().document(sd.doc)));
            }
            docs.sort(Comparator.comparing(DocumentRecord::source));
            int from = Math.min(docs.size(), (page - 1) * size);
            int to = Math.min(docs.size(), from + size);
            return new DocumentPage(docs.size(), List.copyOf(docs.subList(from, to)));
        });
    }

    public Optional<DocumentRecord> document(String id) throws IOException {
        return store.document(id);
    }

    public List<PassageRecord> passages(String documentId) throws IOException {
        return store.search(s -> passagesOf(s, documentId));
    }

    private static List<PassageRecord> passagesOf(IndexSearcher s, String documentId) throws IOException {
        Query q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexFields.DOC_ID, documentId)), Occur.FILTER)
                .add(kind(IndexFields.KIND_PASSAGE), Occur.FILTER)
                .build();
        TopDocs hits = s.search(q, Integer.MAX_VALUE, new Sort(new SortField(IndexFields.ORDINAL, SortField.Type.LONG)));
        List<PassageRecord> out = new ArrayList<>(hits.scoreDocs.length);
        for (ScoreDoc sd : hits.scoreDocs) {
            out.add(IndexDocuments.passageFrom(s.storedFields().document(sd.doc)));
        }
        return out;
    }

    private static Query kind(String kind) {
        return new TermQuery(new Term(IndexFields.KIND, kind));
    }
}
