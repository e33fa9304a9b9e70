package org.vscp.rest.security;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Parses IP address literals without ever asking DNS. {@link InetAddress#getByName} resolves
 * anything that is not a literal, so every text is checked here first and only literals reach it.
 */
final class IpLiteral {

    private IpLiteral() {
    }

    /**
     * Parses an IPv4 literal ({@code 192.0.2.1}) or an IPv6 literal ({@code 2001:db8::1},
     * optionally in brackets and with a zone id such as {@code %eth0}, which is dropped). An
     * IPv4-mapped IPv6 literal yields the IPv4 address.
     *
     * @return the address, or empty if {@code text} is not an IP literal
     */
    static Optional<InetAddress> parse(String text) {
        String literal = text.strip();
        if (literal.startsWith("[") && literal.endsWith("]")) {
            literal = literal.substring(1, literal.length() - 1);
            return literal.contains(":") ? parseIpv6(literal) : Optional.empty();
        }

        if (literal.contains(":")) {
            return parseIpv6(literal);
        }
        return parseIpv4(literal);
    }

    /**
     * Returns whether {@code text} uses IPv6 syntax. An IPv4 address parsed from such text was
     * written as an IPv4-mapped IPv6 address.
     */
    static boolean isIpv6Syntax(String text) {
        return text.contains(":");
    }

    /**
     * Returns the 4 bytes of an IPv4 address, also for an IPv4-mapped IPv6 address, or the 16
     * bytes of any other IPv6 address.
     */
    static byte[] normalizedBytes(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address && isIpv4Mapped(bytes)) {
            byte[] ipv4 = new byte[4];
            System.arraycopy(bytes, 12, ipv4, 0, 4);
            return ipv4;
        }
        return bytes;
    }

    private static boolean isIpv4Mapped(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return bytes[10] == (byte) 0xFF && bytes[11] == (byte) 0xFF;
    }

    /**
     * Accepts exactly four decimal parts 0-255. Leading zeros are rejected because some tools
     * read them as octal.
     */
    private static Optional<InetAddress> parseIpv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return Optional.empty();
        }

        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            String part = parts[i];
            if (part.isEmpty() || part.length() > 3 || !isDecimal(part)
                    || (part.length() > 1 && part.charAt(0) == '0')) {
                return Optional.empty();
            }
            int value = Integer.parseInt(part);
            if (value > 255) {
                return Optional.empty();
            }
            bytes[i] = (byte) value;
        }
        return Optional.of(byAddress(bytes));
    }

    private static Optional<InetAddress> parseIpv6(String text) {
        int zone = text.indexOf('%');
        String address = zone >= 0 ? text.substring(0, zone) : text;
        if (address.isEmpty() || !isIpv6Characters(address)) {
            return Optional.empty();
        }

        // For such text getByName parses a literal or throws, without a DNS query (checked on
        // OpenJDK 17 with strace: no traffic to port 53).
        try {
            InetAddress parsed = InetAddress.getByName(address);
            return Optional.of(byAddress(normalizedBytes(parsed)));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static InetAddress byAddress(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(
                    "An address of " + bytes.length + " bytes was rejected.", e);
        }
    }

    private static boolean isDecimal(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns whether {@code text} contains a ':' and only ASCII hex digits, ':' and '.', and
     * starts with a hex digit or ':'. Only such text is passed to {@link InetAddress#getByName}.
     */
    private static boolean isIpv6Characters(String text) {
        if (!text.contains(":") || !(text.charAt(0) == ':' || isAsciiHexDigit(text.charAt(0)))) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ':' && c != '.' && !isAsciiHexDigit(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiHexDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
