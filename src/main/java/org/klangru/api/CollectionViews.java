package org.klangru.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
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

    @Serdeable
    record CollectionInput(@Nullable String title, @Nullable String description, @Nullable String visibility) {}

    @Serdeable
    record ItemInput(@Nullable String passageId, @Nullable String note) {}

    @Serdeable
    record OrderInput(@Nullable List<Long> itemIds) {}

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
