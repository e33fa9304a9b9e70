package org.vscp.rest.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.vscp.rest.security.AddressRangeTest.ip;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClientAddressResolverTest {

    private final ClientAddressResolver resolver = new ClientAddressResolver(List.of(
            AddressRange.parse("127.0.0.1"), AddressRange.parse("::1"),
            AddressRange.parse("10.0.0.0/8"), AddressRange.parse("fd00::/8")));

    @Test
    void untrustedPeerIgnoresHeader() {
        assertEquals(ip("203.0.113.5"), resolver.resolve("203.0.113.5", "198.51.100.7"));
    }

    @Test
    void noTrustedProxiesIgnoresHeader() {
        ClientAddressResolver direct = new ClientAddressResolver(List.of());

        assertEquals(ip("127.0.0.1"), direct.resolve("127.0.0.1", "198.51.100.7"));
    }

    @Test
    void trustedPeerWithoutHeaderIsClient() {
        assertEquals(ip("127.0.0.1"), resolver.resolve("127.0.0.1", null));
        assertEquals(ip("127.0.0.1"), resolver.resolve("127.0.0.1", "  "));
    }

    @Test
    void trustedPeerTakesForwardedAddress() {
        assertEquals(ip("198.51.100.7"), resolver.resolve("127.0.0.1", "198.51.100.7"));
    }

    @Test
    void chainSkipsTrustedProxies() {
        assertEquals(ip("198.51.100.7"),
                resolver.resolve("127.0.0.1", "192.0.2.99, 198.51.100.7, 10.1.1.1, 10.2.2.2"));
    }

    @Test
    void spoofedLeftEntriesAreIgnored() {
        // The client sent "127.0.0.1" itself; the trusted proxy appended the real address.
        assertEquals(ip("203.0.113.5"), resolver.resolve("10.0.0.1", "127.0.0.1, 203.0.113.5"));
    }

    @Test
    void allTrustedEntriesGiveLeftmost() {
        assertEquals(ip("10.9.9.9"), resolver.resolve("127.0.0.1", "10.9.9.9, 10.1.1.1"));
    }

    @ParameterizedTest
    @CsvSource({
        "'unknown', 127.0.0.1",
        "'198.51.100.7, unknown', 127.0.0.1",
        "'198.51.100.7, _hidden, 10.1.1.1', 10.1.1.1",
        "'example.com, 10.1.1.1', 10.1.1.1",
        "'198.51.100.7,, 10.1.1.1', 10.1.1.1",
        "'[::1, 10.1.1.1', 10.1.1.1",
        "'1.2.3.4:abc, 10.1.1.1', 10.1.1.1",
        "'999.1.1.1', 127.0.0.1",
    })
    void garbageEndsWalkAtTrustedHop(String header, String expected) {
        assertEquals(ip(expected), resolver.resolve("127.0.0.1", header));
    }

    @ParameterizedTest
    @CsvSource({
        "'2001:db8::7', 2001:db8::7",
        "'[2001:db8::7]', 2001:db8::7",
        "'[2001:db8::7]:4711', 2001:db8::7",
        "'198.51.100.7:8080', 198.51.100.7",
        "'fe80::1%eth0', fe80::1",
        "'2001:db8::7, fd00::1', 2001:db8::7",
        "'::ffff:198.51.100.7', 198.51.100.7",
    })
    void forwardedEntryForms(String header, String expected) {
        assertEquals(ip(expected), resolver.resolve("::1", header));
    }

    @Test
    void mappedPeerIsTrusted() {
        assertEquals(ip("198.51.100.7"), resolver.resolve("::ffff:127.0.0.1", "198.51.100.7"));
    }

    @Test
    void peerWithZoneIdIsParsed() {
        assertEquals(ip("fe80::1"), resolver.resolve("fe80::1%2", "198.51.100.7"));
    }

    @Test
    void expandedIpv6PeerIsTrusted() {
        assertEquals(ip("198.51.100.7"), resolver.resolve("0:0:0:0:0:0:0:1", "198.51.100.7"));
    }

    @Test
    void nonLiteralPeerIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> resolver.resolve("localhost", null));

        assertEquals("The remote address 'localhost' is not an IP address literal.",
                e.getMessage());
    }
}
