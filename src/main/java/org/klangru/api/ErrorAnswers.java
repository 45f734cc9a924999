package org.klangru.api;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The error answers of the API for the OpenAPI description, one annotation each, so that an operation lists what
 * it may answer in one line per case. Every body is an {@link ApiError}, mapped by {@link ApiExceptionHandlers} and
 * {@link AccessDeniedHandler}; OpenApiRoutesTest checks that every operation lists its errors with that schema.
 */
final class ErrorAnswers {
    private ErrorAnswers() {}

    static final String JSON = "application/json";

    /** 400: a parameter is missing or wrong; {@code parameter} names it. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @ApiResponse(responseCode = "400", description = "พารามิเตอร์ไม่ถูกต้อง ช่อง parameter บอกชื่อ (bad parameter; 'parameter' names it)",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))
    @interface BadParameter {}

    /** 401: no valid bearer token; always for writes, for reads only when klangru.security.read-requires-token is on. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @ApiResponse(responseCode = "401", description = "ต้องส่งรหัส Authorization: Bearer ที่ถูกต้อง (a valid bearer token is required: "
            + "always for writes; for reads only when klangru.security.read-requires-token is on)",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))
    @interface TokenRequired {}

    /** 403: writing is off until an administrator configures tokens. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @ApiResponse(responseCode = "403", description = "การเขียนปิดอยู่ (writing is disabled: no token is configured), error = writing_disabled",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))
    @interface WritingDisabled {}

    /**
     * 403 of a route that changes a collection: one code, two cases (an operation lists a code once), told apart by
     * {@code error}.
     */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @ApiResponse(responseCode = "403", description = "เจ้าของเท่านั้นที่เปลี่ยนได้ (only the owner may change it), error = forbidden; "
            + "หรือการเขียนปิดอยู่ (or writing is disabled: no token is configured), error = writing_disabled",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))
    @interface OwnerOnly {}

    /** 404: no such document or passage. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @ApiResponse(responseCode = "404", description = "ไม่พบ (not found)",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))
    @interface NotFound {}

    /** 409: the request cannot be done in the server's present state. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @ApiResponse(responseCode = "409", description = "ทำไม่ได้ในสถานะนี้ (conflict with the server's state)",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))
    @interface Conflict {}

    /** 503: the index cannot be read or written now. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @ApiResponse(responseCode = "503", description = "ดัชนีไม่พร้อมในขณะนี้ (index not available now)",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))
    @interface Unavailable {}
}
