package org.vscp.rest.security;

import org.vscp.rest.event.VscpEvent;

/**
 * An allowed send event {@code class:type}, where either part may be {@code *}. Immutable.
 *
 * @param vscpClass the class, or -1 for any
 * @param vscpType the type, or -1 for any
 */
public record EventPattern(int vscpClass, int vscpType) {

    /**
     * Parses {@code class:type}, {@code class:*}, {@code *:*}; numbers decimal or {@code 0x} hex.
     *
     * @throws IllegalArgumentException naming the bad part
     */
    public static EventPattern parse(String text) {
        throw new UnsupportedOperationException("TODO");
    }

    public boolean matches(VscpEvent event) {
        return (vscpClass < 0 || vscpClass == event.vscpClass())
                && (vscpType < 0 || vscpType == event.vscpType());
    }
}
