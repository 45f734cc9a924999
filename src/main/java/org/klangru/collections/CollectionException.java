package org.klangru.collections;

/** A request on collections that cannot be done, with the kind of refusal the api layer turns into a status. */
public class CollectionException extends RuntimeException {
    public enum Kind { BAD_REQUEST, NOT_FOUND, FORBIDDEN, CONFLICT }

    private final Kind kind;
    private final String parameter;

    public CollectionException(Kind kind, String parameter, String message) {
        super(message);
        this.kind = kind;
        this.parameter = parameter;
    }

    static CollectionException bad(String parameter, String message) {
        return new CollectionException(Kind.BAD_REQUEST, parameter, message);
    }

    static CollectionException notFound(String message) {
        return new CollectionException(Kind.NOT_FOUND, null, message);
    }

    public Kind kind() {
        return kind;
    }

    public String parameter() {
        return parameter;
    }
}
