package org.vscp.rest.session;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Creates session keys: 32 lower-case hex digits from a {@link SecureRandom}. Thread-safe. */
public final class SessionKeys {

    private final SecureRandom random;

    public SessionKeys(SecureRandom random) {
        this.random = random;
    }

    /** Returns a new random key of 128 bits. */
    public String next() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
