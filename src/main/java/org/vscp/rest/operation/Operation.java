package org.vscp.rest.operation;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/** The operations of the REST protocol, with the numbers and names clients use. */
public enum Operation {
    STATUS,
    OPEN,
    CLOSE,
    SENDEVENT,
    READEVENT,
    SETFILTER,
    CLEARQUEUE,
    READVAR,
    WRITEVAR,
    CREATEVAR,
    DELETEVAR,
    MEASUREMENT,
    TABLE,
    LISTVAR,
    MDF;

    /** Returns whether the operation runs inside a session; only open does not. */
    public boolean needsSession() {
        return this != OPEN;
    }

    /**
     * Resolves the {@code op} parameter: a name, or a number where 10, 11 and 12 depend on the
     * other parameters ({@code op=10} with {@code variable} is deletevar, otherwise measurement;
     * {@code op=11} and {@code op=12} with {@code url} are mdf, otherwise table and listvar). A
     * null or blank {@code op} means open, as in the daemon.
     *
     * @param hasParameter tells whether the request carries a parameter of the given name
     * @return empty when {@code op} names no operation
     */
    public static Optional<Operation> resolve(String op, Predicate<String> hasParameter) {
        if (op == null || op.isBlank()) {
            return Optional.of(OPEN);
        }

        String name = op.strip().toLowerCase(Locale.ROOT);
        return switch (name) {
            case "0", "status" -> Optional.of(STATUS);
            case "1", "open" -> Optional.of(OPEN);
            case "2", "close" -> Optional.of(CLOSE);
            case "3", "sendevent" -> Optional.of(SENDEVENT);
            case "4", "readevent" -> Optional.of(READEVENT);
            case "5", "setfilter" -> Optional.of(SETFILTER);
            case "6", "clearqueue" -> Optional.of(CLEARQUEUE);
            case "7", "readvar" -> Optional.of(READVAR);
            case "8", "writevar" -> Optional.of(WRITEVAR);
            case "9", "createvar" -> Optional.of(CREATEVAR);
            case "deletevar", "delvar" -> Optional.of(DELETEVAR);
            case "measurement" -> Optional.of(MEASUREMENT);
            case "table", "gettable" -> Optional.of(TABLE);
            case "listvar" -> Optional.of(LISTVAR);
            case "mdf" -> Optional.of(MDF);
            case "10" -> Optional.of(hasParameter.test("variable") ? DELETEVAR : MEASUREMENT);
            case "11" -> Optional.of(hasParameter.test("url") ? MDF : TABLE);
            case "12" -> Optional.of(hasParameter.test("url") ? MDF : LISTVAR);
            default -> Optional.empty();
        };
    }

    /** Returns the lower-case name clients use. */
    public String protocolName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
