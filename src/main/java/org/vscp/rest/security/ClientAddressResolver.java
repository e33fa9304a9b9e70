package org.vscp.rest.security;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

/**
 * Finds the real client address of a request: the direct peer, or the address a trusted proxy
 * put into {@code X-Forwarded-For}. Thread-safe.
 *
 * <p>The header is read only when the direct peer is inside a trusted proxy range. Its entries are
 * then walked from the right, because each proxy appends the address it received the request
 * from, and only a trusted proxy's entry can be believed. The walk skips trusted proxies and
 * returns the first untrusted address. It stops at an entry that is not an IP literal (such as
 * {@code unknown} or an obfuscated name) and returns the trusted proxy that wrote that entry,
 * because nothing further left can be verified. If every entry is trusted, the leftmost one is
 * returned.
 *
 * <p>Entries may be IPv4 ({@code 192.0.2.1}, also with {@code :port}), IPv6 ({@code 2001:db8::1}),
 * or bracketed IPv6 with an optional port ({@code [2001:db8::1]:443}). Zone ids are dropped. No
 * entry is ever resolved through DNS.
 */
public final class ClientAddressResolver {

    private final List<AddressRange> trustedProxies;

    /** Creates a resolver; with no trusted proxies, the direct peer is always the client. */
    public ClientAddressResolver(List<AddressRange> trustedProxies) {
        this.trustedProxies = List.copyOf(trustedProxies);
    }

    /**
     * Returns the client address.
     *
     * @param remoteAddress the literal address of the direct peer ({@code getRemoteAddr()})
     * @param forwardedFor the {@code X-Forwarded-For} header, or null; several headers must be
     *     joined with commas in the order received
     * @throws IllegalArgumentException if {@code remoteAddress} is not an IP literal
     */
    public InetAddress resolve(String remoteAddress, String forwardedFor) {
        InetAddress peer = IpLiteral.parse(remoteAddress).orElseThrow(() ->
                new IllegalArgumentException("The remote address '" + remoteAddress
                        + "' is not an IP address literal."));
        if (!isTrusted(peer) || forwardedFor == null || forwardedFor.isBlank()) {
            return peer;
        }

        String[] entries = forwardedFor.split(",", -1);
        InetAddress hop = peer;
        for (int i = entries.length - 1; i >= 0; i--) {
            Optional<InetAddress> entry = parseEntry(entries[i]);
            if (entry.isEmpty()) {
                return hop;
            }

            hop = entry.get();
            if (!isTrusted(hop)) {
                return hop;
            }
        }
        return hop;
    }

    /** Returns whether {@code address} is inside one of the trusted proxy ranges. */
    public boolean isTrusted(InetAddress address) {
        for (AddressRange range : trustedProxies) {
            if (range.contains(address)) {
                return true;
            }
        }
        return false;
    }

    /** Parses one header entry, dropping brackets and a port; empty if it is not a literal. */
    static Optional<InetAddress> parseEntry(String text) {
        String entry = text.strip();
        if (entry.startsWith("[")) {
            int close = entry.indexOf(']');
            if (close < 0 || !isPortSuffix(entry.substring(close + 1))) {
                return Optional.empty();
            }
            return IpLiteral.parse(entry.substring(0, close + 1));
        }

        int colon = entry.indexOf(':');
        if (colon >= 0 && colon == entry.lastIndexOf(':') && entry.indexOf('.') >= 0) {
            if (!isPortSuffix(entry.substring(colon))) {
                return Optional.empty();
            }
            return IpLiteral.parse(entry.substring(0, colon));
        }
        return IpLiteral.parse(entry);
    }

    /** Returns whether {@code text} is empty or {@code :} followed by 1-5 digits. */
    private static boolean isPortSuffix(String text) {
        if (text.isEmpty()) {
            return true;
        }
        return text.length() >= 2 && text.length() <= 6 && text.charAt(0) == ':'
                && text.substring(1).chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
