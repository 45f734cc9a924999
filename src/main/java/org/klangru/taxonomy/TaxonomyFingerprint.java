package org.klangru.taxonomy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A short digest of a taxonomy's content: labels made with another taxonomy must be made again. */
public final class TaxonomyFingerprint {
    private TaxonomyFingerprint() {}

    public static String of(Taxonomy taxonomy) {
        try {
            // map entries by key: an immutable Map's order changes from one JVM to the next, and with it the digest
            // would, making every new process rebuild the index
            byte[] json = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
                    .writeValueAsBytes(taxonomy);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json);
            return HexFormat.of().formatHex(digest).substring(0, 12);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("taxonomy cannot be fingerprinted", e);
        }
    }
}
