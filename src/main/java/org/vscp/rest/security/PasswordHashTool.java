package org.vscp.rest.security;

import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Creates the stored form of a password for the {@code password} field of {@code users.json}.
 * Needs nothing but the compiled classes:
 *
 * <pre>{@code
 * java -cp target/classes org.vscp.rest.security.PasswordHashTool [--iterations N]
 * }</pre>
 *
 * <p>On a terminal it asks for the password twice without echoing it. Otherwise it reads one line
 * from standard input, so {@code printf '%s\n' "$PW" | java ...} works in scripts. It prints only
 * the stored form, never the password. Exit status: 0 on success, 1 when no usable password was
 * read, 2 for bad arguments.
 */
public final class PasswordHashTool {

    /** The longest password read from standard input, in characters. */
    static final int MAX_PASSWORD_LENGTH = 4096;

    private static final String USAGE = "Usage: java -cp target/classes "
            + PasswordHashTool.class.getName() + " [--iterations N]\n"
            + "Reads a password (twice on a terminal, else one line of standard input) and prints\n"
            + "its stored form for the \"password\" field of users.json.\n"
            + "  --iterations N  PBKDF2 iteration count, 1 to " + PasswordHash.MAX_ITERATIONS
            + " (default " + PasswordHash.DEFAULT_ITERATIONS + ")\n";

    private PasswordHashTool() {
    }

    public static void main(String[] args) {
        int status = run(args, System.console(), System.in, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * Runs the tool and returns its exit status.
     *
     * @param console the terminal to prompt on, or null to read one line from {@code in}
     */
    static int run(String[] args, Console console, InputStream in, PrintStream out,
            PrintStream err) {
        int iterations;
        try {
            iterations = parseIterations(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.print(USAGE);
            return 2;
        }
        if (iterations == 0) {
            out.print(USAGE);
            return 0;
        }

        char[] password = null;
        try {
            password = console != null ? readFromConsole(console) : readLine(in);
            if (password.length == 0) {
                err.println("The password is empty; enter a password of at least one character.");
                return 1;
            }
            out.println(PasswordHash.create(password, iterations).storedForm());
            return 0;
        } catch (IOException | IllegalArgumentException e) {
            err.println(e.getMessage());
            return 1;
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    /** Returns the iteration count, or 0 when help was requested. */
    private static int parseIterations(String[] args) {
        int iterations = PasswordHash.DEFAULT_ITERATIONS;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-h") || arg.equals("--help")) {
                return 0;
            }
            if (!arg.equals("--iterations")) {
                throw new IllegalArgumentException("Unknown argument '" + arg + "'.");
            }
            if (i + 1 == args.length) {
                throw new IllegalArgumentException("--iterations needs a number.");
            }
            iterations = parseCount(args[++i]);
        }
        return iterations;
    }

    private static int parseCount(String text) {
        int count;
        try {
            count = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            count = -1;
        }
        if (count < 1 || count > PasswordHash.MAX_ITERATIONS) {
            throw new IllegalArgumentException("The iteration count '" + text
                    + "' is not valid; expected a whole number from 1 to "
                    + PasswordHash.MAX_ITERATIONS + ".");
        }
        return count;
    }

    private static char[] readFromConsole(Console console) throws IOException {
        char[] first = console.readPassword("Password: ");
        if (first == null) {
            throw new IOException("No password was entered (end of input).");
        }
        char[] second = console.readPassword("Repeat the password: ");
        try {
            if (second == null || !Arrays.equals(first, second)) {
                Arrays.fill(first, '\0');
                throw new IOException("The two passwords differ; run the tool again.");
            }
            return first;
        } finally {
            if (second != null) {
                Arrays.fill(second, '\0');
            }
        }
    }

    /** Reads up to the first line break; a trailing carriage return is dropped. */
    private static char[] readLine(InputStream in) throws IOException {
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        char[] buffer = new char[MAX_PASSWORD_LENGTH + 1];
        int length = 0;
        int c;
        boolean tooLong = false;
        while ((c = reader.read()) >= 0 && c != '\n') {
            if (length == buffer.length) {
                tooLong = true;
                break;
            }
            buffer[length++] = (char) c;
        }
        if (length > 0 && buffer[length - 1] == '\r') {
            length--;
        }
        if (tooLong || length > MAX_PASSWORD_LENGTH) {
            Arrays.fill(buffer, '\0');
            throw new IOException("The password is longer than " + MAX_PASSWORD_LENGTH
                    + " characters.");
        }

        char[] password = Arrays.copyOf(buffer, length);
        Arrays.fill(buffer, '\0');
        return password;
    }
}
