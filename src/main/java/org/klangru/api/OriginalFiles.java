package org.klangru.api;

import jakarta.inject.Singleton;
import org.klangru.index.DocumentRecord;
import org.klangru.index.IndexFields;
import org.klangru.index.PassageIndex;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds a document's original file under the corpus the index was built from. Only files inside that
 * folder are ever returned, whatever the stored path says and wherever a link points.
 */
@Singleton
class OriginalFiles {
    private final PassageIndex store;

    OriginalFiles(PassageIndex store) {
        this.store = store;
    }

    Optional<Path> find(DocumentRecord doc) throws IOException {
        String corpus = store.userData().get(IndexFields.COMMIT_CORPUS);
        if (corpus == null) {
            return Optional.empty();
        }
        Path root = Path.of(corpus).toRealPath();
        Path file = root.resolve(doc.source()).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        Path real = file.toRealPath();
        return real.startsWith(root) ? Optional.of(real) : Optional.empty();
    }
}
