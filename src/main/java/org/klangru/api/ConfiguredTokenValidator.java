package org.klangru.api;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

/** A bearer token is valid when it is one the administrator configured; its name becomes the user's name. */
@Singleton
class ConfiguredTokenValidator implements TokenValidator<HttpRequest<?>> {
    private final WriteTokens tokens;

    ConfiguredTokenValidator(WriteTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
        return tokens.nameOf(token)
                .<Publisher<Authentication>>map(name -> Publishers.just(Authentication.build(name)))
                .orElseGet(Publishers::empty);
    }
}
