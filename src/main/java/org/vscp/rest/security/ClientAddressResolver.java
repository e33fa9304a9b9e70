package org.vscp.rest.security;

import java.net.InetAddress;
import java.util.List;

/**
 * Finds the real client address of a request: the direct peer, or the address a trusted proxy
 * put into {@code X-Forwarded-For}. Thread-safe.
 */
public final class ClientAddressResolver {

    public ClientAddressResolver(List<AddressRange> trustedProxies) {
        throw new UnsupportedOperationException("TODO");
    }

    /**
     * Returns the client address.
     *
     * @param remoteAddress the literal address of the direct peer ({@code getRemoteAddr()})
     * @param forwardedFor the {@code X-Forwarded-For} header, or null
     */
    public InetAddress resolve(String remoteAddress, String forwardedFor) {
        throw new UnsupportedOperationException("TODO");
    }
}
