package org.klangru.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Request bodies read by the controller itself, so that malformed JSON or a value of the wrong type is a 400 in the
 * API's error shape ({@code parameter: "body"}) rather than the framework's.
 */
final class JsonBodies {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private JsonBodies() {}

    static <T> T read(String body, Class<T> type, T empty) {
        if (body == null || body.isBlank()) {
            return empty;
        }
        try {
            T value = JSON.readValue(body, type);
            return value == null ? empty : value;
        } catch (JsonProcessingException e) {
            throw new BadRequestException("body", "เนื้อหาคำขอไม่ใช่ JSON ที่ถูกต้องตามที่กำหนด (the body is not the JSON expected): "
                    + e.getOriginalMessage());
        }
    }
}
