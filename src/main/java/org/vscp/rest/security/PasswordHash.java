package org.vscp.rest.security;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A stored password: PBKDF2-HMAC-SHA256 with salt and iteration count, written as
 * {@code pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>}. Immutable; the clear-text
 * password is never kept.
 *
 * <p>Salt and hash use standard Base64 with padding. New hashes get a 16-byte salt from
 * {@link SecureRandom}, {@value #DEFAULT_ITERATIONS} iterations and a 256-bit key.
 */
public final class PasswordHash {

    /** The identifier that starts the stored form. */
    public static final String SCHEME = "pbkdf2-sha256";

    /**
     * The iteration count of new hashes.
     *
     * <p>NOTE: the OWASP Password Storage Cheat Sheet (2023 edition) recommends 600,000
     * iterations with HMAC-SHA-256, and 210,000 is its figure for HMAC-SHA-512. The tool's
     * {@code --iterations} option creates stronger hashes.
     */
    public static final int DEFAULT_ITERATIONS = 210_000;

    /** The highest iteration count accepted, so that one typo cannot stall logins for minutes. */
    public static final int MAX_ITERATIONS = 10_000_000;

    static final int SALT_BYTES = 16;
    static final int HASH_BYTES = 32;

    private static final int MIN_SALT_BYTES = 8;
    private static final int MAX_SALT_BYTES = 64;
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final String FORM = SCHEME + "$<iterations>$<salt base64>$<hash base64>";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int iterations;
    private final byte[] salt;
    private final byte[] hash;

    PasswordHash(int iterations, byte[] salt, byte[] hash) {
        this.iterations = iterations;
        this.salt = salt.clone();
        this.hash = hash.clone();
    }

    /**
     * Parses the stored form.
     *
     * @throws IllegalArgumentException naming the bad part (never echoing the hash itself)
     */
    public static PasswordHash parse(String stored) {
        // A clear-text password pasted by mistake must not reach a log, so no message quotes
        // any part of the input.
        String[] parts = stored.strip().split("\\$", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("The password hash has " + parts.length
                    + (parts.length == 1 ? " part" : " parts") + " separated by '$'; expected"
                    + " 4 parts, " + FORM + ". Create one with the PasswordHashTool.");
        }
        if (!parts[0].equals(SCHEME)) {
            throw new IllegalArgumentException("The password hash does not start with '" + SCHEME
                    + "$'; expected " + FORM + ". Create one with the PasswordHashTool.");
        }

        int iterations = parseIterations(parts[1]);
        byte[] salt = decodeBase64(parts[2], "salt");
        if (salt.length < MIN_SALT_BYTES || salt.length > MAX_SALT_BYTES) {
            throw new IllegalArgumentException("The salt of the password hash has " + salt.length
                    + " bytes; expected " + MIN_SALT_BYTES + "-" + MAX_SALT_BYTES + " bytes.");
        }
        byte[] hash = decodeBase64(parts[3], "hash");
        if (hash.length != HASH_BYTES) {
            throw new IllegalArgumentException("The hash part of the password hash has "
                    + hash.length + " bytes; expected " + HASH_BYTES + " bytes (256 bits).");
        }
        return new PasswordHash(iterations, salt, hash);
    }

    private static int parseIterations(String text) {
        boolean digits = !text.isEmpty() && text.length() <= 9
                && text.chars().allMatch(c -> c >= '0' && c <= '9');
        int iterations = digits ? Integer.parseInt(text) : 0;
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("The iteration count of the password hash is not a"
                    + " whole number from 1 to " + MAX_ITERATIONS + "; expected " + FORM + ".");
        }
        return iterations;
    }

    private static byte[] decodeBase64(String text, String part) {
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The " + part + " part of the password hash is not"
                    + " valid Base64; expected " + FORM + ".");
        }
    }

    /** Hashes {@code password} with a new random salt. Blocks for the hashing time. */
    public static PasswordHash create(char[] password) {
        return create(password, DEFAULT_ITERATIONS);
    }

    /**
     * Hashes {@code password} with a new random salt and {@code iterations} iterations. Blocks for
     * the hashing time, which grows linearly with {@code iterations}.
     *
     * @throws IllegalArgumentException if {@code iterations} is not 1 to {@link #MAX_ITERATIONS}
     */
    public static PasswordHash create(char[] password, int iterations) {
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("The iteration count " + iterations
                    + " is out of range; expected 1 to " + MAX_ITERATIONS + ".");
        }

        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return new PasswordHash(iterations, salt, derive(password, salt, iterations));
    }

    /**
     * Returns a hash that no password matches, but that takes as long to check as a real hash with
     * {@code iterations} iterations. Checking it hides whether a user name exists.
     */
    static PasswordHash unmatchable(int iterations) {
        byte[] salt = new byte[SALT_BYTES];
        byte[] hash = new byte[HASH_BYTES];
        RANDOM.nextBytes(salt);
        RANDOM.nextBytes(hash);
        return new PasswordHash(iterations, salt, hash);
    }

    /** Returns whether {@code password} matches, comparing in constant time. Blocks for hashing. */
    public boolean matches(char[] password) {
        byte[] candidate = derive(password, salt, iterations);
        try {
            return MessageDigest.isEqual(candidate, hash);
        } finally {
            Arrays.fill(candidate, (byte) 0);
        }
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BYTES * 8);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            // The JDK's SunJCE provider has had PBKDF2WithHmacSHA256 since Java 8.
            throw new IllegalStateException(
                    "The Java runtime cannot compute " + ALGORITHM + ".", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** Returns the iteration count. */
    public int iterations() {
        return iterations;
    }

    /** Returns the stored form that {@link #parse} reads. */
    public String storedForm() {
        Base64.Encoder base64 = Base64.getEncoder();
        return SCHEME + "$" + iterations + "$" + base64.encodeToString(salt) + "$"
                + base64.encodeToString(hash);
    }

    /** Returns a description without salt or hash, safe to log. */
    @Override
    public String toString() {
        return "PasswordHash[" + SCHEME + ", " + iterations + " iterations]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PasswordHash that && iterations == that.iterations
                && Arrays.equals(salt, that.salt) && Arrays.equals(hash, that.hash);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * iterations + Arrays.hashCode(salt)) + Arrays.hashCode(hash);
    }
}
