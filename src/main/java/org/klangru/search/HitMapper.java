package org.klangru.search;

import org.apache.lucene.document.Document;
import org.klangru.index.DocumentRecord;
import org.klangru.index.IndexDocuments;
import org.klangru.index.PassageRecord;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a stored passage into a {@link SearchHit}. */
final class HitMapper {
    static final int PLAIN_FRAGMENT_CHARS = 240;

    private HitMapper() {}

    /** A hit with its highlighted fragment and the reasons it matched. */
    static SearchHit hit(Document doc, String fragment, float score, Map<String, List<String>> matched) {
        PassageRecord p = IndexDocuments.passageFrom(doc);
        DocumentRecord d = IndexDocuments.documentOfPassage(doc);
        Map<String, Object> why = new LinkedHashMap<>();
        if (matched != null) {
            why.put("matched", matched);
        }
        why.put("labels", LabelReasons.parse(p.why()));
        return new SearchHit(p.passageId(), p.documentId(), d.title(), d.source(),
                d.date() == null ? null : d.date().toString(), d.type(), d.agency(), p.heading(), p.ordinal(),
                p.categories(), p.codes(), p.text(), fragment, Math.round(score * 1000) / 1000.0, why, 0, List.of(),
                p.page() > 0 ? p.page() : null, p.ocr());
    }

    /** A hit without query words to mark: its fragment is the passage's opening, escaped. */
    static SearchHit plain(Document doc, float score) {
        String text = IndexDocuments.passageFrom(doc).text();
        String opening = text.length() <= PLAIN_FRAGMENT_CHARS ? text : text.substring(0, PLAIN_FRAGMENT_CHARS) + "…";
        return hit(doc, Html.escape(opening), score, null);
    }
}
