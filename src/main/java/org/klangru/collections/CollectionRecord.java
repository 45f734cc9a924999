package org.klangru.collections;

import java.time.Instant;

/** A collection's own fields, without its items. */
public record CollectionRecord(long id, String title, String description, Visibility visibility, String owner,
                               Instant created, Instant updated, int itemCount) {}
