package org.klangru.api;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import jakarta.inject.Singleton;

/**
 * A request {@link ApiAccessRule} refused, answered in the API's error shape: 403 when writing is off (no token
 * configured), otherwise 401 asking for a bearer token.
 */
@Singleton
@Produces
@Replaces(DefaultAuthorizationExceptionHandler.class)
class AccessDeniedHandler implements ExceptionHandler<AuthorizationException, MutableHttpResponse<?>> {
    static final String WRITING_DISABLED = "การเขียนปิดอยู่ จนกว่าผู้ดูแลระบบจะตั้งค่ารหัสสำหรับเขียน "
            + "(writing is disabled until an administrator configures tokens: klangru.security.tokens or tokens-file)";
    static final String TOKEN_REQUIRED = "ต้องส่งรหัส (token) ที่ถูกต้องในส่วนหัว Authorization: Bearer … "
            + "(a valid bearer token is required)";

    private final WriteTokens tokens;
    private final AuditLog audit;

    AccessDeniedHandler(WriteTokens tokens, AuditLog audit) {
        this.tokens = tokens;
        this.audit = audit;
    }

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException e) {
        MutableHttpResponse<?> response = answer(request, e);
        if (ApiAccessRule.isWrite(request)) {
            // refusals are answered here, before any controller or response filter sees the request
            audit.record(request, request.getMethodName(), request.getPath(), String.valueOf(response.code()), null);
        }
        return response;
    }

    private MutableHttpResponse<?> answer(HttpRequest<?> request, AuthorizationException e) {
        if (ApiAccessRule.isWrite(request) && !tokens.enabled()) {
            return HttpResponse.status(HttpStatus.FORBIDDEN).body(new ApiError("writing_disabled", WRITING_DISABLED, null));
        }
        if (e.isForbidden()) {
            return HttpResponse.status(HttpStatus.FORBIDDEN)
                    .body(new ApiError("forbidden", "ไม่มีสิทธิ์ทำรายการนี้ (not allowed)", null));
        }
        return HttpResponse.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"klangru\"")
                .body(new ApiError("unauthorized", TOKEN_REQUIRED, null));
    }
}
