package org.klangru.api;

/** The index cannot answer right now (503); the client may try again. */
public class ServiceUnavailableException extends RuntimeException {
    public ServiceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
