package org.klangru.api;

/** The request cannot be done in the server's present state (409); the message says what to change. */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
