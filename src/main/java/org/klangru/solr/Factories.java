package org.klangru.solr;

import java.util.Map;

/** What the factories share. */
final class Factories {
    private Factories() {}

    /** A misspelt argument in a schema fails the core's start, not silently. */
    static void noArgs(Map<String, String> args) {
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("unknown parameters: " + args);
        }
    }
}
