package org.klangru.collections;

import java.util.Locale;

/** Who may read a collection: its owner only, or everyone who may read the server. */
public enum Visibility {
    PRIVATE, PUBLIC;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws CollectionException (bad request) for anything but {@code private} or {@code public} */
    public static Visibility parse(String raw) {
        if (raw != null) {
            for (Visibility v : values()) {
                if (v.id().equals(raw.strip().toLowerCase(Locale.ROOT))) {
                    return v;
                }
            }
        }
        throw CollectionException.bad("visibility", "การมองเห็นต้องเป็น private (เฉพาะเจ้าของ) หรือ public (ทุกคนที่อ่านได้) "
                + "(visibility must be private or public): '" + raw + "'");
    }
}
