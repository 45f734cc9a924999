package org.klangru.evidence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The pack as JSON: the model serialised as it is (UTF-8, indented). */
public final class JsonEvidenceWriter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String toJson(EvidencePack pack) {
        try {
            return JSON.writeValueAsString(pack);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] write(EvidencePack pack) {
        return toJson(pack).getBytes(StandardCharsets.UTF_8);
    }
}
