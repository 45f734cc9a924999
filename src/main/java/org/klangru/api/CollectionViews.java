package org.klangru.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.klangru.collections.CollectionRecord;
import org.klangru.collections.CollectionService;
import org.klangru.collections.ItemRecord;
import org.klangru.collections.ItemStatus;
import org.klangru.collections.Snapshot;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Request and response bodies of /api/collections. */
final class CollectionViews {
    private CollectionViews() {}

    // The request bodies are read by JsonBodies (a bad body is a 400 naming "body"; a missing field is null and the
    // service answers 400 naming it), so a required field carries no @Nullable; @Schema only describes them in
    // /openapi.yml. The upper bounds are the ones CollectionsConfig allows at most.

    @Serdeable
    @Schema(description = "คอลเลกชันใหม่ (a new collection)")
    record NewCollectionInput(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1, maxLength = 200,
                    description = "ชื่อ ไม่เกิน 200 ตัวอักษร หรือตามที่ตั้งไว้ (title, at most 200 characters or the configured limit)")
            String title,
            @Schema(maxLength = 4000, description = "คำอธิบาย (description)") @Nullable String description,
            @Schema(allowableValues = {"private", "public"}, defaultValue = "private",
                    description = "private: เจ้าของเท่านั้น, public: ทุกคนที่อ่านได้ (who may read it)")
            @Nullable String visibility) {}

    @Serdeable
    @Schema(description = "ช่องที่จะเปลี่ยน ช่องที่ไม่ส่งคงเดิม (the fields to change; those left out stay)")
    record CollectionInput(
            @Schema(minLength = 1, maxLength = 200, description = "ชื่อ (title)") @Nullable String title,
            @Schema(maxLength = 4000, description = "คำอธิบาย (description)") @Nullable String description,
            @Schema(allowableValues = {"private", "public"}, description = "การมองเห็น (visibility)") @Nullable String visibility) {}

    @Serdeable
    @Schema(description = "ข้อความย่อยที่จะเก็บ พร้อมบันทึก (the passage to pin, with a note)")
    record ItemInput(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "รหัสข้อความย่อย (passage id)",
                    example = "4b2d306df695ca05-0002") String passageId,
            @Schema(maxLength = 2000, description = "บันทึก (note)") @Nullable String note) {}

    @Serdeable
    @Schema(description = "บันทึกใหม่ของรายการ สตริงว่างคือลบบันทึก (the item's new note; an empty string clears it)")
    record NoteInput(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 2000, description = "บันทึก (note)")
            String note) {}

    @Serdeable
    @Schema(description = "รหัสรายการทุกรายการ ครั้งละหนึ่ง ตามลำดับใหม่ (every item id once, in the new order)")
    record OrderInput(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "รหัสรายการตามลำดับใหม่ (item ids in the new order)")
            List<Long> itemIds) {}

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL) // an empty collection shows "items": []; the list leaves items out
    record CollectionView(long id, String title, String description, String visibility, String owner, boolean mine,
                          String created, String updated, int itemCount, @Nullable List<ItemView> items) {
        static CollectionView of(CollectionRecord c, String user, List<ItemView> items) {
            return new CollectionView(c.id(), c.title(), c.description(), c.visibility().id(), c.owner(),
                    c.owner().equals(user), c.created().toString(), c.updated().toString(),
                    items == null ? c.itemCount() : items.size(), items);
        }
    }

    @Serdeable
    record CollectionList(int total, List<CollectionView> collections) {}

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record SnapshotView(String passageId, String documentId, String text, String heading, String title, String source,
                        @Nullable String date, int page, int number, List<Integer> categories, List<String> codes) {
        static SnapshotView of(Snapshot s) {
            return new SnapshotView(s.passageId(), s.documentId(), s.text(), s.heading(), s.title(), s.source(), s.date(),
                    s.page(), s.number(), s.categories(), s.codes());
        }
    }

    /**
     * @param replacedBy     the passage that holds the pinned text now, when it changed
     * @param replacedByLink that passage in the web page
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ItemView(long id, int position, String passageId, String note, String pinned, String status,
                    @Nullable String replacedBy, @Nullable String replacedByLink, SnapshotView snapshot) {
        static ItemView of(ItemRecord r, ItemStatus.Resolved status) {
            String link = status.replacedBy() == null ? null : "/?view=doc&id=" + enc(r.snapshot().documentId())
                    + "&passage=" + enc(status.replacedBy());
            return new ItemView(r.id(), r.position(), r.snapshot().passageId(), r.note(), r.pinned().toString(),
                    status.state().id(), status.replacedBy(), link, SnapshotView.of(r.snapshot()));
        }

        static ItemView of(CollectionService.Item item) {
            return of(item.record(), item.status());
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
