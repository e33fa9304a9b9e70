package org.vscp.rest.variable;

import java.util.Objects;

/** A variable operation was refused; the message is a full sentence for the client. */
public final class VariableException extends Exception {

    /** Why the operation was refused; each kind maps to one protocol error code. */
    public enum Kind {
        /** No variable has the name (-7). */
        NOT_FOUND,
        /** createvar got a bad name, type, value or parameter (-8). */
        NOT_CREATED,
        /** writevar or createvar on an existing variable got a bad value or may not write (-9). */
        NOT_UPDATED,
        /** deletevar was refused (-18). */
        NOT_DELETED,
        /** The user lacks a right or a rights bit needed to see the variable (-19). */
        ACCESS_DENIED,
        /** A parameter other than the value is missing or malformed (-5). */
        BAD_PARAMETER
    }

    private final Kind kind;

    public VariableException(Kind kind, String message) {
        super(message);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public Kind kind() {
        return kind;
    }
}
