package org.klangru.search;

import org.klangru.index.DocumentRecord;
import org.klangru.index.IndexDocuments;
import org.klangru.index.PassageIndex;
import org.klangru.index.PassageRecord;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Lists indexed documents and reads a document's passages in order. */
public final class DocumentBrowser {
    private final PassageIndex store;

    public DocumentBrowser(PassageIndex store) {
        this.store = store;
    }

    public record DocumentPage(long total, List<DocumentRecord> documents) {}

    /** Documents ordered by source path; page is 1-based. */
    public DocumentPage list(int page, int size) throws IOException {
        List<DocumentRecord> docs = new ArrayList<>(store.documentRecords().stream().map(IndexDocuments::documentFrom).toList());
        docs.sort(Comparator.comparing(DocumentRecord::source));
        int from = Math.min(docs.size(), (page - 1) * size);
        int to = Math.min(docs.size(), from + size);
        return new DocumentPage(docs.size(), List.copyOf(docs.subList(from, to)));
    }

    public Optional<DocumentRecord> document(String id) throws IOException {
        return store.document(id);
    }

    public List<PassageRecord> passages(String documentId) throws IOException {
        return store.passages(documentId);
    }
}
