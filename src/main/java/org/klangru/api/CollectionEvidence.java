package org.klangru.api;

import org.klangru.evidence.EvidencePack;

import java.util.ArrayList;
import java.util.List;

/** An evidence pack made from a collection says so in its title and its notes. */
final class CollectionEvidence {
    private CollectionEvidence() {}

    static EvidencePack scoped(EvidencePack p, String collection, int items, int removed) {
        List<String> notes = new ArrayList<>();
        notes.add("สร้างจากข้อความ " + items + " รายการในคอลเลกชัน “" + collection + "” เท่านั้น"
                + (removed > 0 ? " (" + removed + " รายการไม่อยู่ในคลังแล้วจึงไม่นับ)" : "")
                + " (built from the " + items + " passages of the collection only"
                + (removed > 0 ? "; " + removed + " no longer indexed are left out" : "") + ")");
        notes.addAll(p.notes());
        return new EvidencePack(p.titleTh() + " · " + collection, p.titleEn() + " (collection: " + collection + ")",
                p.framework(), p.frameworkNameTh(), p.frameworkNameEn(), p.category(), p.categoryNameTh(),
                p.categoryNameEn(), p.filters(), p.generated(), p.generatedTh(), p.baseUrl(), p.coverage(), p.groups(), notes);
    }
}
