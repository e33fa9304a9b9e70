package org.vscp.rest.security;

/**
 * A stored password: PBKDF2-HMAC-SHA256 with salt and iteration count, written as
 * {@code pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>}. Immutable; the clear-text
 * password is never kept.
 */
public final class PasswordHash {

    /**
     * Parses the stored form.
     *
     * @throws IllegalArgumentException naming the bad part (never echoing the hash itself)
     */
    public static PasswordHash parse(String stored) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Hashes {@code password} with a new random salt. Blocks for the hashing time. */
    public static PasswordHash create(char[] password) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Returns whether {@code password} matches, comparing in constant time. Blocks for hashing. */
    public boolean matches(char[] password) {
        throw new UnsupportedOperationException("TODO");
    }
}
