package org.vscp.rest.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Objects;

/**
 * An IPv4 or IPv6 address range in CIDR notation ({@code 192.168.1.0/24}, {@code ::1/128}); a
 * plain address is a range of one. Immutable.
 *
 * <p>IPv4-mapped IPv6 addresses ({@code ::ffff:192.0.2.1}) are treated as IPv4 addresses, both in
 * ranges and in {@link #contains}, so {@code 127.0.0.1} also matches a client that a dual-stack
 * socket reports as {@code ::ffff:127.0.0.1}.
 */
public final class AddressRange {

    private static final int IPV4_BITS = 32;
    private static final int IPV6_BITS = 128;
    private static final int MAPPED_PREFIX_BITS = 96;

    private final byte[] network;
    private final int prefixLength;

    private AddressRange(byte[] network, int prefixLength) {
        this.network = network;
        this.prefixLength = prefixLength;
    }

    /**
     * Parses {@code address} or {@code address/prefix}. Only literal addresses are accepted, never
     * host names, so parsing does no DNS look-up. Host bits after the prefix are ignored, so
     * {@code 192.168.1.7/24} is the range {@code 192.168.1.0/24}. An IPv6 address may be written
     * in brackets; a zone id ({@code %eth0}) is rejected.
     *
     * @throws IllegalArgumentException naming the bad address or prefix length
     */
    public static AddressRange parse(String text) {
        String trimmed = text.strip();
        int slash = trimmed.indexOf('/');
        String addressText = slash >= 0 ? trimmed.substring(0, slash).strip() : trimmed;

        if (addressText.contains("%")) {
            throw new IllegalArgumentException("The address range '" + trimmed
                    + "' has a zone id ('%...'); write the address without it.");
        }
        InetAddress address = IpLiteral.parse(addressText).orElseThrow(() ->
                new IllegalArgumentException("The address range '" + trimmed + "' does not start"
                        + " with an IP address literal; expected an IPv4 or IPv6 address such as"
                        + " 192.0.2.1 or 2001:db8::1, optionally followed by /prefix. Host names"
                        + " are not accepted."));

        byte[] bytes = IpLiteral.normalizedBytes(address);
        int maxBits = bytes.length * 8;
        boolean mappedFromIpv6 = bytes.length == 4 && IpLiteral.isIpv6Syntax(addressText);
        if (slash < 0) {
            return new AddressRange(bytes, maxBits);
        }

        int prefixLength = parsePrefixLength(trimmed, trimmed.substring(slash + 1).strip(),
                mappedFromIpv6 ? IPV6_BITS : maxBits, mappedFromIpv6);
        if (mappedFromIpv6) {
            prefixLength -= MAPPED_PREFIX_BITS;
        }
        return new AddressRange(mask(bytes, prefixLength), prefixLength);
    }

    /** Returns the range holding exactly {@code address}. */
    public static AddressRange of(InetAddress address) {
        byte[] bytes = IpLiteral.normalizedBytes(address);
        return new AddressRange(bytes, bytes.length * 8);
    }

    private static int parsePrefixLength(String range, String prefixText, int maxBits,
            boolean mappedFromIpv6) {
        int minBits = mappedFromIpv6 ? MAPPED_PREFIX_BITS : 0;
        String expected = mappedFromIpv6
                ? "an IPv4-mapped IPv6 prefix is 96-128"
                : (maxBits == IPV4_BITS ? "an IPv4 prefix is 0-32" : "an IPv6 prefix is 0-128");

        if (prefixText.isEmpty() || prefixText.length() > 3 || !prefixText.chars().allMatch(
                c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("The prefix length '" + prefixText
                    + "' of the address range '" + range + "' is not a number; " + expected + ".");
        }
        int prefixLength = Integer.parseInt(prefixText);
        if (prefixLength < minBits || prefixLength > maxBits) {
            throw new IllegalArgumentException("The prefix length " + prefixLength
                    + " of the address range '" + range + "' is out of range; " + expected + ".");
        }
        return prefixLength;
    }

    private static byte[] mask(byte[] bytes, int prefixLength) {
        byte[] masked = bytes.clone();
        for (int bit = prefixLength; bit < masked.length * 8; bit++) {
            masked[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
        }
        return masked;
    }

    /** Returns whether {@code address} is inside this range; IPv4-mapped IPv6 counts as IPv4. */
    public boolean contains(InetAddress address) {
        byte[] bytes = IpLiteral.normalizedBytes(address);
        if (bytes.length != network.length) {
            return false;
        }

        int fullBytes = prefixLength / 8;
        for (int i = 0; i < fullBytes; i++) {
            if (bytes[i] != network[i]) {
                return false;
            }
        }
        int remainingBits = prefixLength % 8;
        if (remainingBits == 0) {
            return true;
        }
        int byteMask = (0xFF << (8 - remainingBits)) & 0xFF;
        return (bytes[fullBytes] & byteMask) == (network[fullBytes] & byteMask);
    }

    /** Returns the prefix length: 0-32 for an IPv4 range, 0-128 for an IPv6 range. */
    public int prefixLength() {
        return prefixLength;
    }

    /** Returns whether this is an IPv4 range (including ranges written as IPv4-mapped IPv6). */
    public boolean isIpv4() {
        return network.length == 4;
    }

    /** Returns the CIDR form with the host bits cleared, such as {@code 10.0.0.0/8}. */
    @Override
    public String toString() {
        try {
            return InetAddress.getByAddress(network).getHostAddress() + "/" + prefixLength;
        } catch (UnknownHostException e) {
            throw new IllegalStateException("A range of " + network.length + " bytes exists.", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AddressRange range && prefixLength == range.prefixLength
                && Arrays.equals(network, range.network);
    }

    @Override
    public int hashCode() {
        return Objects.hash(prefixLength, Arrays.hashCode(network));
    }
}
