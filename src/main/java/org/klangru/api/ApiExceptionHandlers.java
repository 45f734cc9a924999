package org.klangru.api;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.server.exceptions.ContentLengthExceededHandler;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.apache.lucene.search.IndexSearcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Maps exceptions to JSON error bodies: a client mistake is a 400 that says what to fix; nothing leaks a stack trace. */
final class ApiExceptionHandlers {
    private ApiExceptionHandlers() {}

    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandlers.class);

    @Produces
    @Singleton
    @Requires(classes = {BadRequestException.class, ExceptionHandler.class})
    static final class BadRequest implements ExceptionHandler<BadRequestException, HttpResponse<ApiError>> {
        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, BadRequestException e) {
            return HttpResponse.<ApiError>status(HttpStatus.BAD_REQUEST)
                    .body(new ApiError("bad_request", e.getMessage(), e.parameter()));
        }
    }

    /**
     * A query more complex than Lucene may run, even with its words cut to the search's limit: the user is told to
     * shorten it rather than shown a server error.
     */
    @Produces
    @Singleton
    @Requires(classes = {IndexSearcher.TooManyClauses.class, ExceptionHandler.class})
    static final class TooComplex implements ExceptionHandler<IndexSearcher.TooManyClauses, HttpResponse<ApiError>> {
        static final String MESSAGE = "คำค้นซับซ้อนเกินไป ลองใช้คำให้น้อยลง (the query is too complex; use fewer words)";

        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, IndexSearcher.TooManyClauses e) {
            return HttpResponse.<ApiError>status(HttpStatus.BAD_REQUEST).body(new ApiError("bad_request", MESSAGE, "q"));
        }
    }

    @Produces
    @Singleton
    @Requires(classes = {NotFoundException.class, ExceptionHandler.class})
    static final class NotFound implements ExceptionHandler<NotFoundException, HttpResponse<ApiError>> {
        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, NotFoundException e) {
            return HttpResponse.<ApiError>status(HttpStatus.NOT_FOUND).body(new ApiError("not_found", e.getMessage(), null));
        }
    }

    @Produces
    @Singleton
    @Requires(classes = {ServiceUnavailableException.class, ExceptionHandler.class})
    static final class Unavailable implements ExceptionHandler<ServiceUnavailableException, HttpResponse<ApiError>> {
        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, ServiceUnavailableException e) {
            return HttpResponse.<ApiError>status(HttpStatus.SERVICE_UNAVAILABLE)
                    .body(new ApiError("unavailable", e.getMessage(), null));
        }
    }

    /** A body over micronaut.server.max-request-size or a part over multipart.max-file-size. */
    @Produces
    @Singleton
    @Requires(classes = {ContentLengthExceededException.class, ExceptionHandler.class})
    @Replaces(ContentLengthExceededHandler.class)
    static final class TooLarge implements ExceptionHandler<ContentLengthExceededException, HttpResponse<ApiError>> {
        private final AuditLog audit;

        TooLarge(AuditLog audit) {
            this.audit = audit;
        }

        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, ContentLengthExceededException e) {
            if (ApiAccessRule.isWrite(request)) {
                audit.record(request, request.getMethodName(), request.getPath(), "413", e.getMessage());
            }
            return HttpResponse.<ApiError>status(HttpStatus.REQUEST_ENTITY_TOO_LARGE).body(new ApiError("too_large",
                    "คำขอหรือไฟล์ใหญ่เกินกำหนด (request or file larger than the limit): " + e.getMessage(), null));
        }
    }

    @Produces
    @Singleton
    @Requires(classes = {ConflictException.class, ExceptionHandler.class})
    static final class Conflict implements ExceptionHandler<ConflictException, HttpResponse<ApiError>> {
        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, ConflictException e) {
            return HttpResponse.<ApiError>status(HttpStatus.CONFLICT).body(new ApiError("conflict", e.getMessage(), null));
        }
    }

    @Produces
    @Singleton
    @Requires(classes = {ForbiddenException.class, ExceptionHandler.class})
    static final class Forbidden implements ExceptionHandler<ForbiddenException, HttpResponse<ApiError>> {
        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, ForbiddenException e) {
            return HttpResponse.<ApiError>status(HttpStatus.FORBIDDEN).body(new ApiError("forbidden", e.getMessage(), null));
        }
    }

    static void logUnexpected(HttpRequest<?> request, Throwable e) {
        LOG.error("{} {} failed", request.getMethod(), request.getPath(), e);
    }
}
