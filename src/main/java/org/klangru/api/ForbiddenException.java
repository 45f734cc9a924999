package org.klangru.api;

/** The caller is known but may not do this (403), e.g. change another user's collection. */
public class ForbiddenException extends RuntimeException {
    public ForbiddenException(String message) {
        super(message);
    }
}
