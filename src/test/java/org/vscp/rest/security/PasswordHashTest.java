package org.vscp.rest.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHashTest {

    /** Keeps the tests fast; the iteration count does not change the logic under test. */
    static final int FAST = 1000;

    private static final String SALT = Base64.getEncoder().encodeToString(new byte[16]);
    private static final String HASH = Base64.getEncoder().encodeToString(new byte[32]);

    @Test
    void createdHashMatchesPassword() {
        PasswordHash hash = PasswordHash.create("correct horse".toCharArray(), FAST);

        assertTrue(hash.matches("correct horse".toCharArray()));
    }

    @Test
    void createdHashRejectsOtherPassword() {
        PasswordHash hash = PasswordHash.create("correct horse".toCharArray(), FAST);

        assertFalse(hash.matches("correct horsE".toCharArray()));
        assertFalse(hash.matches("".toCharArray()));
    }

    @Test
    void storedFormRoundTrips() {
        PasswordHash hash = PasswordHash.create("s3cret".toCharArray(), FAST);

        PasswordHash parsed = PasswordHash.parse(hash.storedForm());

        assertEquals(hash, parsed);
        assertTrue(parsed.matches("s3cret".toCharArray()));
        assertFalse(parsed.matches("s3cre".toCharArray()));
    }

    @Test
    void storedFormHasFourParts() {
        String stored = PasswordHash.create("x".toCharArray(), 1234).storedForm();
        String[] parts = stored.split("\\$");

        assertEquals(4, parts.length);
        assertEquals("pbkdf2-sha256", parts[0]);
        assertEquals("1234", parts[1]);
        assertEquals(16, Base64.getDecoder().decode(parts[2]).length);
        assertEquals(32, Base64.getDecoder().decode(parts[3]).length);
    }

    @Test
    void saltDiffersBetweenHashes() {
        PasswordHash first = PasswordHash.create("same".toCharArray(), FAST);
        PasswordHash second = PasswordHash.create("same".toCharArray(), FAST);

        assertNotEquals(first.storedForm(), second.storedForm());
    }

    @Test
    void iterationCountIsRespected() {
        PasswordHash hash = PasswordHash.create("pw".toCharArray(), 1500);
        String[] parts = hash.storedForm().split("\\$");
        String sameSaltMoreIterations = "pbkdf2-sha256$1501$" + parts[2] + "$" + parts[3];

        assertEquals(1500, hash.iterations());
        assertFalse(PasswordHash.parse(sameSaltMoreIterations).matches("pw".toCharArray()));
    }

    @Test
    void defaultCreateUsesDefaultIterations() {
        PasswordHash hash = PasswordHash.create("pw".toCharArray());

        assertEquals(210_000, hash.iterations());
        assertTrue(hash.storedForm().startsWith("pbkdf2-sha256$210000$"));
    }

    @Test
    void knownVectorMatches() {
        // Computed once with this class; guards the stored format against silent changes.
        PasswordHash hash = PasswordHash.parse("pbkdf2-sha256$210000$3cA/uaof1UlSLqU5AOlvfw=="
                + "$Z0sPfEGHU/8djhH42nOfm1Zmz4xBLT1CkibThOrfw0E=");

        assertTrue(hash.matches("secret".toCharArray()));
        assertFalse(hash.matches("Secret".toCharArray()));
    }

    @Test
    void unmatchableHashMatchesNothing() {
        PasswordHash hash = PasswordHash.unmatchable(FAST);

        assertEquals(FAST, hash.iterations());
        assertFalse(hash.matches("".toCharArray()));
        assertFalse(hash.matches("secret".toCharArray()));
    }

    @Test
    void toStringHidesSaltAndHash() {
        PasswordHash hash = PasswordHash.create("pw".toCharArray(), FAST);
        String[] parts = hash.storedForm().split("\\$");

        assertEquals("PasswordHash[pbkdf2-sha256, 1000 iterations]", hash.toString());
        assertFalse(hash.toString().contains(parts[3]));
    }

    @Test
    void createRejectsBadIterations() {
        assertThrows(IllegalArgumentException.class,
                () -> PasswordHash.create("pw".toCharArray(), 0));
        assertThrows(IllegalArgumentException.class,
                () -> PasswordHash.create("pw".toCharArray(), PasswordHash.MAX_ITERATIONS + 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "secret",
        "pbkdf2-sha256$1000$AAAA",
        "pbkdf2-sha256$1000$AAAAAAAAAAAAAAAAAAAAAA==$AAAA$extra",
        "bcrypt$1000$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "PBKDF2-SHA256$1000$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "pbkdf2-sha256$0$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "pbkdf2-sha256$-5$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "pbkdf2-sha256$abc$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "pbkdf2-sha256$10000001$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "pbkdf2-sha256$99999999999$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "pbkdf2-sha256$1000$not*base64$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "pbkdf2-sha256$1000$AAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "pbkdf2-sha256$1000$AAAAAAAAAAAAAAAAAAAAAA==$AAAA",
        "pbkdf2-sha256$1000$AAAAAAAAAAAAAAAAAAAAAA==$hunter2hunter2!!",
    })
    void parseRejectsWithoutEchoingInput(String stored) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PasswordHash.parse(stored));

        for (String part : stored.split("\\$")) {
            if (part.length() > 3 && !part.equals("pbkdf2-sha256")) {
                assertFalse(e.getMessage().contains(part), e.getMessage());
            }
        }
        assertTrue(e.getMessage().startsWith("The "), e.getMessage());
    }

    @Test
    void parseNamesWrongPartCount() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PasswordHash.parse("hunter2"));

        assertEquals("The password hash has 1 part separated by '$'; expected 4 parts,"
                + " pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>. Create one with the"
                + " PasswordHashTool.", e.getMessage());
    }

    @Test
    void parseNamesShortHash() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PasswordHash.parse("pbkdf2-sha256$1000$" + SALT + "$AAAA"));

        assertEquals("The hash part of the password hash has 3 bytes; expected 32 bytes"
                + " (256 bits).", e.getMessage());
    }

    @Test
    void parseAcceptsMinimalValidForm() {
        PasswordHash hash = PasswordHash.parse(" pbkdf2-sha256$1$" + SALT + "$" + HASH + "\n");

        assertEquals(1, hash.iterations());
        assertFalse(hash.matches("anything".toCharArray()));
    }
}
