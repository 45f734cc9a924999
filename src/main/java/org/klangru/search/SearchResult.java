package org.klangru.search;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/** A page of hits with facet counts over every match. */
@Serdeable
public record SearchResult(
        String query,
        long total,
        long tookMs,
        int page,
        int size,
        String mode,
        List<SearchHit> hits,
        Map<String, Map<String, Integer>> facets) {}
