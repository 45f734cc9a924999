package org.klangru.api;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.klangru.collections.CollectionService;
import org.klangru.collections.CollectionStore;
import org.klangru.collections.CollectionsConfig;
import org.klangru.index.IndexConfig;
import org.klangru.search.DocumentBrowser;

/** The collections database (in the index folder unless configured) and its service over today's index. */
@Factory
class CollectionsFactory {

    @Singleton
    @Bean(preDestroy = "close")
    CollectionStore collectionStore(CollectionsConfig config, IndexConfig index) {
        return CollectionStore.open(config.getDir() != null ? config.getDir() : index.getDir().resolve("collections"));
    }

    @Singleton
    CollectionService collectionService(CollectionStore store, DocumentBrowser browser, CollectionsConfig config) {
        return new CollectionService(store, new IndexPassages(browser), config.limits());
    }
}
