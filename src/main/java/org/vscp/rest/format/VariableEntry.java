package org.vscp.rest.format;

import java.time.Instant;
import java.util.Objects;

/**
 * One variable as the writers report it. The writers encode value and note as BASE64 of UTF-8.
 * Immutable.
 *
 * @param name the upper-case name
 * @param typeCode the type number
 * @param typeName the type name, such as {@code Integer}
 * @param owner the owner's user name
 * @param accessRights the rights bits, such as {@code 0x744}
 * @param persistent whether it survives a restart
 * @param lastChange when it was last written
 * @param value the value as text, not encoded
 * @param note the note as text, not encoded
 */
public record VariableEntry(String name, int typeCode, String typeName, String owner,
        int accessRights, boolean persistent, Instant lastChange, String value, String note) {

    public VariableEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(typeName, "typeName");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(lastChange, "lastChange");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(note, "note");
    }
}
