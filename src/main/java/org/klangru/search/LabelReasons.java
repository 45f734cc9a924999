package org.klangru.search;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.Map;

/** Reads the stored JSON that explains a passage's labels. */
public final class LabelReasons {
    private static final ObjectMapper JSON = new ObjectMapper();

    private LabelReasons() {}

    public static Map<String, Object> parse(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<Map<String, Object>>() {});
        } catch (IOException e) {
            return Map.of("raw", json);
        }
    }
}
