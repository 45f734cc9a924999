package org.klangru.ingest;

import org.klangru.index.PassageRecord;
import org.klangru.passage.Passage;

import java.util.List;

/** Turns a document's passages into index records with their PMQA labels. */
public final class PassageLabeler {

    public List<PassageRecord> label(String documentId, String title, List<Passage> passages) {
        return passages.stream()
                .map(p -> new PassageRecord(PassageRecord.passageId(documentId, p.ordinal()), documentId, p.ordinal(),
                        p.headingPath(), p.text(), List.of(), List.of(), "{}", 0))
                .toList();
    }

    /** Document-level facts: type, date, agency. */
    public DocumentLabels describe(String title, String fullText, String source) {
        return new DocumentLabels("other", null, null);
    }

    public record DocumentLabels(String type, java.time.LocalDate date, String agency) {}
}
