package org.klangru.api;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

/**
 * The one access rule of the server, decided by path and method, so a new route is covered without an annotation:
 * every method but GET, HEAD and OPTIONS needs a valid token (only {@code /api} routes take writes); reads are open:
 * the web page, the API description and {@code /api/health} always; reads under {@code /api} need one
 * only when {@code klangru.security.read-requires-token} is set. A refusal is answered by {@link AccessDeniedHandler}.
 */
@Singleton
class ApiAccessRule implements SecurityRule<HttpRequest<?>> {
    /** Before Micronaut's own rules, which would deny routes without {@code @Secured}. */
    static final int ORDER = -1000;

    private final SecurityConfig config;

    ApiAccessRule(SecurityConfig config) {
        this.config = config;
    }

    @Override
    public Publisher<SecurityRuleResult> check(HttpRequest<?> request, Authentication authentication) {
        return Publishers.just(decide(request, authentication != null));
    }

    SecurityRuleResult decide(HttpRequest<?> request, boolean authenticated) {
        if (authenticated) {
            return SecurityRuleResult.ALLOWED;
        }
        if (isWrite(request)) {
            // whatever the path looks like (//api/..., a static path): nothing outside /api takes writes anyway
            return SecurityRuleResult.REJECTED;
        }
        String path = normalized(request.getPath());
        if (config.isReadRequiresToken() && isApi(path) && !path.equals("/api/health")) {
            return SecurityRuleResult.REJECTED;
        }
        return SecurityRuleResult.ALLOWED;
    }

    static boolean isApi(String path) {
        String p = normalized(path);
        return p.equals("/api") || p.startsWith("/api/");
    }

    /** Repeated slashes folded, so that {@code //api/x} is judged as {@code /api/x}. */
    private static String normalized(String path) {
        return path.replaceAll("/{2,}", "/");
    }

    /** Anything but the safe methods changes something. */
    static boolean isWrite(HttpRequest<?> request) {
        HttpMethod m = request.getMethod();
        return m != HttpMethod.GET && m != HttpMethod.HEAD && m != HttpMethod.OPTIONS;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
