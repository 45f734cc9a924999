package org.klangru.search;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/** One passage in a result list, in the JSON shape of the HTTP contract. */
@Serdeable
public record SearchHit(
        String passageId,
        String documentId,
        String title,
        String source,
        String date,
        String type,
        String agency,
        String heading,
        int ordinal,
        List<Integer> categories,
        List<String> codes,
        String text,
        String highlight,
        double score,
        Map<String, Object> why) {}
