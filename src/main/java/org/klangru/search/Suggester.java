package org.klangru.search;

import io.micronaut.serde.annotation.Serdeable;
import org.apache.lucene.document.Document;
import org.klangru.index.IndexFields;
import org.klangru.index.PassageIndex;
import org.klangru.text.MatchKey;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Completions for what a user is typing, from document titles, headings and domain terms. A Thai prefix
 * matches with or without spaces, in either digit form; phrases that start with it come before phrases
 * that only contain it, then the more common first.
 */
public final class Suggester {
    static final int MAX_PHRASE_CHARS = 120;

    @Serdeable
    public record Suggestion(String text, String kind) {}

    private record Entry(String text, String key, String kind, int count) {}

    private final PassageIndex store;
    private final Collection<String> domainTerms;
    private volatile Cache cache = new Cache(-1, List.of());

    private record Cache(long version, List<Entry> entries) {}

    public Suggester(PassageIndex store, Collection<String> domainTerms) {
        this.store = store;
        this.domainTerms = List.copyOf(domainTerms);
    }

    public List<Suggestion> suggest(String prefix, int size) throws IOException {
        String key = key(prefix);
        if (key.isEmpty()) {
            return List.of();
        }
        List<Entry> starts = new ArrayList<>();
        List<Entry> contains = new ArrayList<>();
        for (Entry e : entries()) {
            int at = e.key().indexOf(key);
            if (at == 0) {
                starts.add(e);
            } else if (at > 0) {
                contains.add(e);
            }
        }
        Comparator<Entry> order = Comparator.comparingInt(Entry::count).reversed().thenComparingInt(e -> e.text().length());
        starts.sort(order);
        contains.sort(order);
        List<Suggestion> out = new ArrayList<>();
        for (List<Entry> group : List.of(starts, contains)) {
            for (Entry e : group) {
                if (out.size() == size) {
                    return out;
                }
                out.add(new Suggestion(e.text(), e.kind()));
            }
        }
        return out;
    }

    /** The phrases of the current index, rebuilt when the index has changed. */
    private List<Entry> entries() throws IOException {
        long version = store.version();
        Cache c = cache;
        if (c.version() == version) {
            return c.entries();
        }
        Map<String, Entry> byKey = new HashMap<>();
        for (String term : domainTerms) {
            add(byKey, term, "term");
        }
        for (Document d : store.documentRecords()) {
            add(byKey, d.get(IndexFields.TITLE), "title");
            for (String h : d.getValues(IndexFields.HEADINGS)) {
                add(byKey, h, "heading");
            }
        }
        List<Entry> entries = List.copyOf(byKey.values());
        cache = new Cache(version, entries);
        return entries;
    }

    private static void add(Map<String, Entry> byKey, String text, String kind) {
        if (text == null || text.isBlank() || text.length() > MAX_PHRASE_CHARS) {
            return;
        }
        String clean = text.strip().replaceAll("\\s+", " ");
        byKey.merge(key(clean), new Entry(clean, key(clean), kind, 1),
                (a, b) -> new Entry(a.text(), a.key(), a.kind(), a.count() + 1));
    }

    private static String key(String s) {
        return MatchKey.of(s);
    }
}
