package org.klangru.api;

import io.micronaut.serde.annotation.Serdeable;
import org.klangru.index.DocumentRecord;
import org.klangru.index.PassageRecord;
import org.klangru.search.LabelReasons;

import java.util.List;
import java.util.Map;

/** JSON views of documents and passages. */
final class DocumentViews {
    private DocumentViews() {}

    @Serdeable
    record DocumentView(String id, String title, String source, String mediaType, String type, String date,
                        Integer year, String agency, int passages, int characters, String contentHash) {
        static DocumentView of(DocumentRecord d) {
            return new DocumentView(d.id(), d.title(), d.source(), d.mediaType(), d.type(),
                    d.date() == null ? null : d.date().toString(), d.buddhistYear(), d.agency(), d.passageCount(),
                    d.charCount(), d.contentHash());
        }
    }

    @Serdeable
    record DocumentList(long total, int page, int size, List<DocumentView> documents) {}

    @Serdeable
    record PassageView(String passageId, String documentId, int ordinal, String heading, String text,
                       List<Integer> categories, List<String> codes, double bestPractice, Map<String, Object> why,
                       Integer page, boolean ocr) {
        static PassageView of(PassageRecord p) {
            return new PassageView(p.passageId(), p.documentId(), p.ordinal(), p.heading(), p.text(), p.categories(),
                    p.codes(), p.bestPractice(), LabelReasons.parse(p.why()), p.page() > 0 ? p.page() : null, p.ocr());
        }
    }

    @Serdeable
    record PassageList(String documentId, int total, List<PassageView> passages) {}
}
