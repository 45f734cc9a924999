package org.klangru.collections;

import java.time.Instant;

/** One pinned passage of a collection: its place, the user's note and the passage as it was when pinned. */
public record ItemRecord(long id, long collectionId, int position, String note, Instant pinned, Snapshot snapshot) {}
