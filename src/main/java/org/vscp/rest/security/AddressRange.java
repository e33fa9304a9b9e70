package org.vscp.rest.security;

import java.net.InetAddress;

/**
 * An IPv4 or IPv6 address range in CIDR notation ({@code 192.168.1.0/24}, {@code ::1/128}); a
 * plain address is a range of one. Immutable.
 */
public final class AddressRange {

    /**
     * Parses {@code address} or {@code address/prefix}. Only literal addresses are accepted, never
     * host names, so parsing does no DNS look-up.
     *
     * @throws IllegalArgumentException naming the bad address or prefix length
     */
    public static AddressRange parse(String text) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Returns whether {@code address} is inside this range; IPv4-mapped IPv6 counts as IPv4. */
    public boolean contains(InetAddress address) {
        throw new UnsupportedOperationException("TODO");
    }
}
