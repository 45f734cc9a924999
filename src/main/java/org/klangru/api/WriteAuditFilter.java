package org.klangru.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Records every write under {@code /api} in the audit log with its outcome, refused ones (401, 403, 413) included,
 * unless its controller already recorded it in more detail.
 */
@ServerFilter("/api/**")
class WriteAuditFilter {
    private final AuditLog audit;

    WriteAuditFilter(AuditLog audit) {
        this.audit = audit;
    }

    @ResponseFilter
    void record(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (ApiAccessRule.isWrite(request) && request.getAttribute(AuditLog.AUDITED).isEmpty()) {
            audit.record(request, request.getMethodName(), request.getPath(), String.valueOf(response.code()), null);
        }
    }
}
