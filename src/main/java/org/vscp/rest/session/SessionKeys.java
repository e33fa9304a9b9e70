package org.vscp.rest.session;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Creates session keys: 32 lower-case hex digits from a {@link SecureRandom}, followed by {@code
 * .route} on a node of a cluster, as Tomcat's {@code jvmRoute} does for JSESSIONID, so that a load
 * balancer can send every request of a session to the node that holds it. Thread-safe.
 */
public final class SessionKeys {

    private final SecureRandom random;
    private final String suffix;

    /** Creates keys without a route suffix, for a single server. */
    public SessionKeys(SecureRandom random) {
        this.random = random;
        this.suffix = "";
    }

    /**
     * Creates keys that end in {@code "." + route}.
     *
     * @throws IllegalArgumentException when {@code route} is empty or contains a '.'
     */
    public SessionKeys(SecureRandom random, String route) {
        if (route.isEmpty() || route.indexOf('.') >= 0) {
            throw new IllegalArgumentException("The route '" + route + "' is not valid; expected a"
                    + " non-empty id without '.'.");
        }
        this.random = random;
        this.suffix = "." + route;
    }

    /** Returns a new random key of 128 bits, with the route suffix when there is one. */
    public String next() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes) + suffix;
    }

    /**
     * Returns {@code key} as this node stores it: a key without any route gets this node's
     * suffix, so clients that drop the suffix still find their session. A key with another
     * node's route stays as it is and is not found here.
     */
    public String normalize(String key) {
        return suffix.isEmpty() || key.indexOf('.') >= 0 ? key : key + suffix;
    }
}
