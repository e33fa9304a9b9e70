package org.vscp.rest.security;

import java.net.InetAddress;

/**
 * Checks a login: user name, password and client address, with a slow-down for addresses that
 * send repeated wrong passwords. Thread-safe.
 */
public final class Authenticator {

    /**
     * Checks one login attempt. Blocks for the password hashing time (tens of milliseconds).
     *
     * @param clientAddress the client's address as resolved by {@link ClientAddressResolver}
     */
    public Authentication authenticate(String userName, String secret, InetAddress clientAddress) {
        throw new UnsupportedOperationException("TODO");
    }
}
