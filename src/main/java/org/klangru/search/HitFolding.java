package org.klangru.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.klangru.index.IndexFields;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The requested page of distinct hits from ranked passages: copies of a passage fold into the first
 * ({@link DuplicateCollapser}), and an overlapping neighbour of a better-ranked passage joins its text
 * ({@link OverlapFolding}). Both backends page their hits with it.
 */
final class HitFolding {
    private HitFolding() {}

    /** A ranked passage's stored record, read only when folding gets to it. */
    @FunctionalInterface
    interface Ranked {
        Document at(int rank) throws IOException;
    }

    /**
     * @param ranks        the rank of each hit on the page
     * @param copySources  the sources of each hit's folded copies
     * @param texts        each hit's text with the text of overlapping neighbours folded into it; null when none joined
     */
    record Page(List<Integer> ranks, List<Document> stored, List<List<String>> copySources, List<String> texts) {}

    /** Folds copies in rank order, reading stored records only until the page is full. */
    static Page fold(int hits, Ranked ranked, SearchRequest request) throws IOException {
        int wanted = request.page() * request.size();
        DuplicateCollapser.Folding folding = new DuplicateCollapser.Folding();
        OverlapFolding overlaps = new OverlapFolding();
        Map<Integer, Integer> joinedAt = new HashMap<>(); // rank -> position among the hits OverlapFolding kept
        int overlapsKept = 0;
        List<Document> docs = new ArrayList<>();
        List<Integer> firsts = new ArrayList<>();
        Map<Integer, List<String>> copySources = new HashMap<>();
        for (int i = 0; i < hits && firsts.size() < wanted; i++) {
            Document d = ranked.at(i);
            docs.add(d);
            IndexableField ordinal = d.getField(IndexFields.ORDINAL);
            if (ordinal != null) {
                if (overlaps.add(d.get(IndexFields.DOC_ID), ordinal.numericValue().longValue(), d.get(IndexFields.TEXT)) >= 0) {
                    continue; // the better-ranked neighbour shows this text, joined to its own
                }
                joinedAt.put(i, overlapsKept++);
            }
            int copyOf = folding.add(d.get(IndexFields.TEXT));
            if (copyOf < 0) {
                firsts.add(i);
            } else {
                copySources.computeIfAbsent(copyOf, k -> new ArrayList<>()).add(d.get(IndexFields.SOURCE));
            }
        }
        int from = Math.min(firsts.size(), (request.page() - 1) * request.size());
        List<Integer> page = List.copyOf(firsts.subList(from, Math.min(firsts.size(), from + request.size())));
        return new Page(page,
                page.stream().map(docs::get).toList(),
                page.stream().map(i -> copySources.getOrDefault(i, List.of())).toList(),
                page.stream().map(i -> joinedAt.containsKey(i) ? overlaps.text(joinedAt.get(i)) : null).toList());
    }
}
