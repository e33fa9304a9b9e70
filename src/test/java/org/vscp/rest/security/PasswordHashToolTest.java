package org.vscp.rest.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PasswordHashToolTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String input, String... args) {
        return PasswordHashTool.run(args, null,
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void stdinLinePrintsStoredForm() {
        int status = run("pässwörd\nignored\n", "--iterations", "1000");

        PasswordHash hash = PasswordHash.parse(output().strip());
        assertEquals(0, status);
        assertEquals(1000, hash.iterations());
        assertTrue(hash.matches("pässwörd".toCharArray()));
        assertFalse(output().contains("pässwörd"));
        assertEquals("", errors());
    }

    @Test
    void carriageReturnIsDropped() {
        run("secret\r\n", "--iterations", "1000");

        assertTrue(PasswordHash.parse(output().strip()).matches("secret".toCharArray()));
    }

    @Test
    void lastLineWithoutBreakIsRead() {
        run("secret", "--iterations", "1000");

        assertTrue(PasswordHash.parse(output().strip()).matches("secret".toCharArray()));
    }

    @Test
    void spacesArePartOfPassword() {
        run(" two words \n", "--iterations", "1000");

        assertTrue(PasswordHash.parse(output().strip()).matches(" two words ".toCharArray()));
    }

    @Test
    void emptyPasswordFails() {
        int status = run("\n");

        assertEquals(1, status);
        assertEquals("", output());
        assertEquals("The password is empty; enter a password of at least one character.",
                errors().strip());
    }

    @Test
    void overlongPasswordFails() {
        int status = run("x".repeat(PasswordHashTool.MAX_PASSWORD_LENGTH + 1) + "\n");

        assertEquals(1, status);
        assertEquals("", output());
        assertEquals("The password is longer than 4096 characters.", errors().strip());
    }

    @Test
    void maximumLengthPasswordWorks() {
        String password = "y".repeat(PasswordHashTool.MAX_PASSWORD_LENGTH);

        int status = run(password + "\r\n", "--iterations", "10");

        assertEquals(0, status);
        assertTrue(PasswordHash.parse(output().strip()).matches(password.toCharArray()));
    }

    @Test
    void badIterationsIsUsageError() {
        int status = run("secret\n", "--iterations", "0");

        assertEquals(2, status);
        assertEquals("", output());
        assertTrue(errors().startsWith("The iteration count '0' is not valid; expected a whole"
                + " number from 1 to 10000000."), errors());
    }

    @Test
    void unknownArgumentIsUsageError() {
        int status = run("secret\n", "--verbose");

        assertEquals(2, status);
        assertTrue(errors().startsWith("Unknown argument '--verbose'."), errors());
    }

    @Test
    void helpPrintsUsage() {
        int status = run("", "--help");

        assertEquals(0, status);
        assertTrue(output().startsWith("Usage: java -cp target/classes"
                + " org.vscp.rest.security.PasswordHashTool [--iterations N]"), output());
    }
}
