package org.klangru.search;

import org.apache.lucene.index.IndexReader;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The latest answers by request, for as long as the index they came from is the one searched. People repeat
 * queries (the same few words from a whole office, the next page, a facet clicked and cleared), and the broad
 * ones cost the most: over the news corpus, one-word queries such as "รัฐบาล" match a third of all passages.
 * Any refresh of the index (a commit, an upload) starts an empty cache, so an answer is never stale.
 */
final class ResultCache {
    static final int CAPACITY = 512;

    private final Map<SearchRequest, SearchResult> results = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<SearchRequest, SearchResult> eldest) {
            return size() > CAPACITY;
        }
    };
    private Object readerKey;

    synchronized SearchResult get(IndexReader reader, SearchRequest request) {
        forgetUnlessSearching(reader);
        return results.get(request);
    }

    synchronized void put(IndexReader reader, SearchRequest request, SearchResult result) {
        forgetUnlessSearching(reader);
        results.put(request, result);
    }

    private void forgetUnlessSearching(IndexReader reader) {
        Object key = reader.getReaderCacheHelper() == null ? reader : reader.getReaderCacheHelper().getKey();
        if (key != readerKey) {
            results.clear();
            readerKey = key;
        }
    }
}
