package org.klangru.collections;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** Passages as the index holds them now; the api layer implements it over the index. */
public interface PassageSource {
    Optional<Snapshot> passage(String passageId) throws IOException;

    /** A document's passages in order, or empty when the document is not in the index. */
    Optional<List<Snapshot>> documentPassages(String documentId) throws IOException;
}
