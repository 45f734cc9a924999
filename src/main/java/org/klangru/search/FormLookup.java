package org.klangru.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Values filed under the key of a form ({@link FormKey#key}), found by a query that holds the form as a whole: the
 * query looks up its own pieces instead of testing every form. Not thread-safe while filling; read-only after.
 */
final class FormLookup<T> {
    private final Map<String, List<T>> byKey = new HashMap<>();
    private int longestKey;

    void add(String formKey, T value) {
        byKey.computeIfAbsent(formKey, k -> new ArrayList<>(1)).add(value);
        longestKey = Math.max(longestKey, formKey.length());
    }

    /** The values of every form the query holds, once per form: a value filed under two forms found comes twice. */
    List<T> in(String query) {
        List<T> out = new ArrayList<>();
        for (String piece : FormKey.of(query).pieces(longestKey)) {
            out.addAll(byKey.getOrDefault(piece, List.of()));
        }
        return out;
    }
}
