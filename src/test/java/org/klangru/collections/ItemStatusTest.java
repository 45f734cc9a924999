package org.klangru.collections;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

/** The status rule on its own, over documents held in a map (the HTTP path is in CollectionsReindexTest). */
class ItemStatusTest {
    private static Snapshot p(String id, String text) {
        return new Snapshot(id, id.substring(0, id.indexOf('-')), text, "", "t", "s.txt", null, 0, List.of(), List.of());
    }

    private static PassageSource over(Map<String, List<Snapshot>> docs) {
        return new PassageSource() {
            @Override
            public Optional<Snapshot> passage(String id) {
                return docs.values().stream().flatMap(List::stream).filter(s -> s.passageId().equals(id)).findFirst();
            }

            @Override
            public Optional<List<Snapshot>> documentPassages(String documentId) {
                return Optional.ofNullable(docs.get(documentId));
            }
        };
    }

    private static final String A = "ศูนย์ดำรงธรรมตอบกลับผู้ร้องเรียนภายในสามวันทำการทุกเรื่อง";
    private static final String B = "หน่วยงานจัดทำคู่มือการปฏิบัติงานด้านการจัดการข้อร้องเรียนฉบับใหม่";

    @Test
    void sameIdSameTextIsCurrentEvenWithOtherSpacing() throws Exception {
        ItemStatus s = new ItemStatus(over(Map.of("d", List.of(p("d-0000", A + "  ")))));
        assertEquals(new ItemStatus.Resolved(ItemStatus.State.CURRENT, null), s.of(p("d-0000", A)));
    }

    @Test
    void theSameTextUnderAnotherIdIsChangedAndPointsToIt() throws Exception {
        ItemStatus s = new ItemStatus(over(Map.of("d", List.of(p("d-0000", B), p("d-0001", A)))));
        assertEquals(new ItemStatus.Resolved(ItemStatus.State.CHANGED, "d-0001"), s.of(p("d-0000", A)));
    }

    @Test
    void anEditedPassageIsChangedAndAnUnrelatedOneRemoved() throws Exception {
        String edited = A.replace("สามวัน", "ห้าวัน");
        ItemStatus s = new ItemStatus(over(Map.of("d", List.of(p("d-0000", edited)))));
        assertEquals(new ItemStatus.Resolved(ItemStatus.State.CHANGED, "d-0000"), s.of(p("d-0000", A)));
        assertEquals(ItemStatus.State.REMOVED, s.of(p("d-0003", "ข้อความอื่นที่ไม่เกี่ยวข้องกันเลยเรื่องงบประมาณ")).state());
    }

    @Test
    void aDocumentNoLongerIndexedIsRemoved() throws Exception {
        ItemStatus s = new ItemStatus(over(Map.of()));
        assertEquals(new ItemStatus.Resolved(ItemStatus.State.REMOVED, null), s.of(p("d-0000", A)));
    }
}
