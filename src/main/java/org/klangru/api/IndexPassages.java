package org.klangru.api;

import org.klangru.collections.PassageSource;
import org.klangru.collections.Snapshot;
import org.klangru.index.DocumentRecord;
import org.klangru.index.PassageRecord;
import org.klangru.search.DocumentBrowser;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** Today's passages for collections, read from the index. */
final class IndexPassages implements PassageSource {
    private final DocumentBrowser browser;

    IndexPassages(DocumentBrowser browser) {
        this.browser = browser;
    }

    @Override
    public Optional<Snapshot> passage(String passageId) throws IOException {
        if (!PassagesController.PASSAGE_ID.matcher(passageId).matches()) {
            return Optional.empty();
        }
        String documentId = passageId.substring(0, passageId.indexOf('-'));
        return documentPassages(documentId).flatMap(all -> all.stream()
                .filter(p -> p.passageId().equals(passageId)).findFirst());
    }

    @Override
    public Optional<List<Snapshot>> documentPassages(String documentId) throws IOException {
        Optional<DocumentRecord> doc = browser.document(documentId);
        if (doc.isEmpty()) {
            return Optional.empty();
        }
        DocumentRecord d = doc.get();
        List<PassageRecord> passages = browser.passages(documentId);
        return Optional.of(passages.stream().map(p -> snapshot(d, p)).toList());
    }

    private static Snapshot snapshot(DocumentRecord d, PassageRecord p) {
        return new Snapshot(p.passageId(), d.id(), p.text(), p.heading(), d.title(), d.source(),
                d.date() == null ? null : d.date().toString(), p.page(), p.categories(), p.codes());
    }
}
