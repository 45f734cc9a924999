package org.klangru.evidence;

/** A pack that cannot be planned as asked (no such framework, no codes for that category); the message says why. */
public final class EvidencePlanException extends IllegalArgumentException {
    private final String parameter;

    public EvidencePlanException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    /** The request parameter to fix: "framework" or "category". */
    public String parameter() {
        return parameter;
    }
}
