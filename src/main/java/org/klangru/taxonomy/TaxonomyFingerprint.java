package org.klangru.taxonomy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A short digest of what labels are made with: labels made with another taxonomy or model must be made again. */
public final class TaxonomyFingerprint {
    private TaxonomyFingerprint() {}

    /** The taxonomy's content and the shipped category model's version: labels depend on both. */
    public static String of(Taxonomy taxonomy) {
        try {
            // map entries by key: an immutable Map's order changes from one JVM to the next, and with it the digest
            // would, making every new process rebuild the index
            byte[] json = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
                    .writeValueAsBytes(taxonomy);
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(json);
            byte[] digest = sha.digest(CategoryModel.shippedVersion().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 12);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("taxonomy cannot be fingerprinted", e);
        }
    }
}
