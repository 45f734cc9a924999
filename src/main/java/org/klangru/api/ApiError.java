package org.klangru.api;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** The body of every error response. */
@Serdeable
@Schema(description = "คำตอบเมื่อผิดพลาด (the body of every error answer)")
public record ApiError(
        @Schema(description = "รหัสข้อผิดพลาด เช่น bad_request, not_found, unauthorized, writing_disabled, conflict, too_large, unavailable (error code)")
        String error,
        @Schema(description = "ข้อความภาษาไทย พร้อมภาษาอังกฤษในวงเล็บ (Thai message, English in brackets)")
        String message,
        @Schema(description = "พารามิเตอร์ที่ผิด เมื่อเป็นความผิดของพารามิเตอร์ (the parameter at fault, for a bad parameter)")
        String parameter) {}
