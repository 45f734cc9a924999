package org.klangru.api;

/** A request the client can fix; the message says how (Thai first, English beside). */
public class BadRequestException extends RuntimeException {
    private final String parameter;

    public BadRequestException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
