package org.vscp.rest.variable;

import java.time.Instant;
import java.util.Objects;

/**
 * One remote variable. Immutable.
 *
 * @param name the upper-case name
 * @param type the type
 * @param owner the name of the user who created it
 * @param rights the permission bits
 * @param persistent whether it is kept in the database and survives a restart
 * @param lastChange when it was last created or written
 * @param value the value in its stored form: decoded text, never BASE64
 * @param note the note, decoded text, possibly empty
 */
public record Variable(String name, VariableType type, String owner, AccessRights rights,
        boolean persistent, Instant lastChange, String value, String note) {

    public Variable {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(rights, "rights");
        Objects.requireNonNull(lastChange, "lastChange");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(note, "note");
    }

    /** Returns a copy with {@code value} written at {@code now}. */
    public Variable withValue(String newValue, Instant now) {
        return new Variable(name, type, owner, rights, persistent, now, newValue, note);
    }
}
