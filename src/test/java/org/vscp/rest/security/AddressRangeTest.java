package org.vscp.rest.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressRangeTest {

    /** Builds an address from a literal; InetAddress does no DNS look-up for literals. */
    static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new AssertionError(literal, e);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "192.168.1.0/24, 192.168.1.0, true",
        "192.168.1.0/24, 192.168.1.255, true",
        "192.168.1.0/24, 192.168.2.1, false",
        "10.0.0.0/8, 10.255.0.1, true",
        "10.0.0.0/8, 11.0.0.1, false",
        "172.16.0.0/12, 172.31.255.255, true",
        "172.16.0.0/12, 172.32.0.0, false",
        "127.0.0.1, 127.0.0.1, true",
        "127.0.0.1, 127.0.0.2, false",
        "127.0.0.1/32, 127.0.0.1, true",
        "127.0.0.1/32, 127.0.0.2, false",
        "0.0.0.0/0, 203.0.113.9, true",
        "0.0.0.0/0, ::1, false",
    })
    void ipv4RangeContains(String range, String address, boolean expected) {
        assertEquals(expected, AddressRange.parse(range).contains(ip(address)));
    }

    @ParameterizedTest
    @CsvSource({
        "::1, ::1, true",
        "::1, ::2, false",
        "::1/128, ::1, true",
        "::1/128, ::2, false",
        "2001:db8::/32, 2001:db8:ffff::1, true",
        "2001:db8::/32, 2001:db9::1, false",
        "2001:db8::/33, 2001:db8:7fff::1, true",
        "2001:db8::/33, 2001:db8:8000::1, false",
        "::/0, 2001:db8::1, true",
        "::/0, 127.0.0.1, false",
        "[2001:db8::1], 2001:db8::1, true",
        "2001:DB8::1, 2001:db8::1, true",
    })
    void ipv6RangeContains(String range, String address, boolean expected) {
        assertEquals(expected, AddressRange.parse(range).contains(ip(address)));
    }

    @Test
    void ipv4RangeContainsMappedAddress() throws UnknownHostException {
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xFF;
        mapped[11] = (byte) 0xFF;
        mapped[12] = 127;
        mapped[15] = 1;

        AddressRange loopback = AddressRange.parse("127.0.0.0/8");

        assertTrue(loopback.contains(InetAddress.getByAddress(mapped)));
        assertTrue(loopback.contains(ip("::ffff:127.0.0.1")));
    }

    @Test
    void mappedRangeActsAsIpv4() {
        AddressRange range = AddressRange.parse("::ffff:10.0.0.0/104");

        assertTrue(range.isIpv4());
        assertEquals(8, range.prefixLength());
        assertEquals("10.0.0.0/8", range.toString());
        assertTrue(range.contains(ip("10.1.2.3")));
        assertFalse(range.contains(ip("11.1.2.3")));
    }

    @Test
    void mappedAddressWithoutPrefixIsOneIpv4() {
        AddressRange range = AddressRange.parse("::ffff:192.0.2.1");

        assertEquals("192.0.2.1/32", range.toString());
        assertTrue(range.contains(ip("192.0.2.1")));
    }

    @Test
    void hostBitsAreCleared() {
        AddressRange range = AddressRange.parse(" 192.168.1.77/24 ");

        assertEquals("192.168.1.0/24", range.toString());
        assertEquals(AddressRange.parse("192.168.1.0/24"), range);
    }

    @Test
    void plainAddressHasFullPrefix() {
        assertEquals(32, AddressRange.parse("192.0.2.1").prefixLength());
        assertEquals(128, AddressRange.parse("2001:db8::1").prefixLength());
    }

    @Test
    void ofAddressIsSingleRange() {
        AddressRange range = AddressRange.of(ip("198.51.100.7"));

        assertEquals("198.51.100.7/32", range.toString());
        assertTrue(range.contains(ip("198.51.100.7")));
        assertFalse(range.contains(ip("198.51.100.8")));
    }

    @ParameterizedTest
    @CsvSource({
        "10.0.0.0/33, 'The prefix length 33 of the address range ''10.0.0.0/33'' is out of range; an IPv4 prefix is 0-32.'",
        "::1/129, 'The prefix length 129 of the address range ''::1/129'' is out of range; an IPv6 prefix is 0-128.'",
        "::ffff:10.0.0.0/95, 'The prefix length 95 of the address range ''::ffff:10.0.0.0/95'' is out of range; an IPv4-mapped IPv6 prefix is 96-128.'",
        "10.0.0.0/, 'The prefix length '''' of the address range ''10.0.0.0/'' is not a number; an IPv4 prefix is 0-32.'",
        "10.0.0.0/-1, 'The prefix length ''-1'' of the address range ''10.0.0.0/-1'' is not a number; an IPv4 prefix is 0-32.'",
        "10.0.0.0/8/8, 'The prefix length ''8/8'' of the address range ''10.0.0.0/8/8'' is not a number; an IPv4 prefix is 0-32.'",
        "fe80::1%eth0, 'The address range ''fe80::1%eth0'' has a zone id (''%...''); write the address without it.'",
    })
    void badPrefixNamesValue(String text, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AddressRange.parse(text));

        assertEquals(message, e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "example.com", "router", "1.2.3", "1.2.3.4.5",
        "256.0.0.1", "010.0.0.1", "1.2.3.x", "", "/24", ":::1:", "1::2::3", "[::1",
        "\u0661.\u0662.\u0663.\u0664", "\u0661::1", ".:1", "a.b:c"})
    void nonLiteralIsRejected(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AddressRange.parse(text));

        assertTrue(e.getMessage().contains("does not start with an IP address literal"),
                e.getMessage());
    }

    @Test
    void hostNameMessageExplainsForm() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AddressRange.parse("localhost/8"));

        assertEquals("The address range 'localhost/8' does not start with an IP address"
                + " literal; expected an IPv4 or IPv6 address such as 192.0.2.1 or 2001:db8::1,"
                + " optionally followed by /prefix. Host names are not accepted.", e.getMessage());
    }

    @Test
    void equalRangesHaveEqualHashes() {
        AddressRange first = AddressRange.parse("2001:db8::/32");
        AddressRange second = AddressRange.parse("2001:db8:1::/32");

        assertEquals(first, second);
        assertEquals(first.hashCode(), second.hashCode());
        assertEquals("2001:db8:0:0:0:0:0:0/32", first.toString());
    }
}
