package org.klangru.collections;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of collections over the store: who may read and change what, the limits, and each item's status against
 * today's index. Callers pass the user's name (the token's name), or null for an anonymous reader.
 */
public final class CollectionService {
    private final CollectionStore store;
    private final PassageSource passages;
    private final CollectionsConfig.Limits limits;

    public CollectionService(CollectionStore store, PassageSource passages, CollectionsConfig.Limits limits) {
        this.store = store;
        this.passages = passages;
        this.limits = limits;
    }

    public CollectionsConfig.Limits limits() {
        return limits;
    }

    /** A collection with its items in order, each with its status. */
    public record Full(CollectionRecord collection, List<Item> items) {}

    public record Item(ItemRecord record, ItemStatus.Resolved status) {}

    public CollectionRecord create(String user, String title, String description, String visibility) {
        return store.create(title(title), description(description),
                visibility == null ? Visibility.PRIVATE : Visibility.parse(visibility), owner(user));
    }

    public List<CollectionRecord> list(String user) {
        return store.readableBy(user);
    }

    public Full read(String user, long id) throws IOException {
        CollectionRecord c = readable(user, id);
        ItemStatus status = new ItemStatus(passages);
        List<Item> items = new ArrayList<>();
        for (ItemRecord r : store.items(id)) {
            items.add(new Item(r, status.of(r.snapshot())));
        }
        return new Full(c, items);
    }

    /** Changes the fields given (null: unchanged). */
    public CollectionRecord update(String user, long id, String title, String description, String visibility) {
        CollectionRecord c = owned(user, id);
        return store.update(id, title == null ? c.title() : title(title),
                description == null ? c.description() : description(description),
                visibility == null ? c.visibility() : Visibility.parse(visibility));
    }

    public void delete(String user, long id) {
        owned(user, id);
        store.delete(id);
    }

    public Item add(String user, long id, String passageId, String note) throws IOException {
        CollectionRecord c = owned(user, id);
        if (passageId == null || passageId.isBlank()) {
            throw CollectionException.bad("passageId", "กรุณาระบุ passageId ของข้อความที่จะเก็บ (give the passageId to pin)");
        }
        String checkedNote = note(note);
        Snapshot s = passages.passage(passageId.strip()).orElseThrow(() ->
                CollectionException.notFound("ไม่พบข้อความย่อย " + passageId + " ในดัชนี (no such passage)"));
        ItemRecord r = store.add(c.id(), s, checkedNote, limits.maxItems()).orElseThrow(() -> CollectionException.bad("passageId",
                "คอลเลกชันหนึ่งเก็บได้ไม่เกิน " + limits.maxItems() + " รายการ (a collection holds at most "
                        + limits.maxItems() + " items)"));
        return new Item(r, new ItemStatus.Resolved(ItemStatus.State.CURRENT, null));
    }

    public Item note(String user, long id, long itemId, String note) throws IOException {
        owned(user, id);
        if (note == null) {
            throw CollectionException.bad("note", "กรุณาระบุ note (give the note; an empty string clears it)");
        }
        ItemRecord r = store.updateNote(id, itemId, note(note)).orElseThrow(() -> noItem(id, itemId));
        return new Item(r, new ItemStatus(passages).of(r.snapshot()));
    }

    public void remove(String user, long id, long itemId) {
        owned(user, id);
        if (!store.deleteItem(id, itemId)) {
            throw noItem(id, itemId);
        }
    }

    public List<ItemRecord> reorder(String user, long id, List<Long> itemIds) {
        owned(user, id);
        if (itemIds == null) {
            throw CollectionException.bad("itemIds", "กรุณาระบุ itemIds ตามลำดับใหม่ (give itemIds in the new order)");
        }
        return store.reorder(id, itemIds);
    }

    // ---- rules

    private CollectionRecord readable(String user, long id) {
        CollectionRecord c = store.collection(id).orElseThrow(() -> noCollection(id));
        if (c.visibility() == Visibility.PRIVATE && !c.owner().equals(user)) {
            // a private collection is not shown to others at all, not even that it exists
            throw noCollection(id);
        }
        return c;
    }

    private CollectionRecord owned(String user, long id) {
        CollectionRecord c = readable(user, id);
        if (!c.owner().equals(user)) {
            throw new CollectionException(CollectionException.Kind.FORBIDDEN, null,
                    "เฉพาะเจ้าของ (" + c.owner() + ") แก้ไขคอลเลกชันนี้ได้ (only the owner may change this collection)");
        }
        return c;
    }

    private static String owner(String user) {
        if (user == null || user.isBlank()) {
            throw new CollectionException(CollectionException.Kind.FORBIDDEN, null,
                    "ต้องใช้รหัส (token) เพื่อสร้างคอลเลกชัน (a token is needed to create a collection)");
        }
        return user;
    }

    private String title(String title) {
        String t = title == null ? "" : title.strip();
        if (t.isEmpty()) {
            throw CollectionException.bad("title", "กรุณาตั้งชื่อคอลเลกชัน (give the collection a title)");
        }
        if (t.length() > limits.maxTitleChars()) {
            throw CollectionException.bad("title", "ชื่อคอลเลกชันยาวเกิน " + limits.maxTitleChars() + " ตัวอักษร (title longer than "
                    + limits.maxTitleChars() + " characters)");
        }
        return t;
    }

    private String description(String description) {
        String d = description == null ? "" : description.strip();
        if (d.length() > limits.maxDescriptionChars()) {
            throw CollectionException.bad("description", "คำอธิบายยาวเกิน " + limits.maxDescriptionChars()
                    + " ตัวอักษร (description longer than " + limits.maxDescriptionChars() + " characters)");
        }
        return d;
    }

    private String note(String note) {
        String n = note == null ? "" : note.strip();
        if (n.length() > limits.maxNoteChars()) {
            throw CollectionException.bad("note", "บันทึกยาวเกิน " + limits.maxNoteChars() + " ตัวอักษร (note longer than "
                    + limits.maxNoteChars() + " characters)");
        }
        return n;
    }

    private static CollectionException noCollection(long id) {
        return CollectionException.notFound("ไม่พบคอลเลกชัน " + id + " (no such collection)");
    }

    private static CollectionException noItem(long id, long itemId) {
        return CollectionException.notFound("ไม่พบรายการ " + itemId + " ในคอลเลกชัน " + id + " (no such item)");
    }
}
