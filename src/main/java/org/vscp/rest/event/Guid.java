package org.vscp.rest.event;

import java.util.Arrays;

/**
 * A VSCP globally unique identifier: 16 bytes, written as 16 two-digit hex numbers separated by
 * colons ({@code FF:FF:...:00}). Instances are immutable.
 */
public final class Guid {

    /** Number of bytes in a GUID. */
    public static final int LENGTH = 16;

    /** The all-zero GUID. */
    public static final Guid ZERO = new Guid(new byte[LENGTH]);

    private static final char[] HEX_DIGITS = "0123456789ABCDEF".toCharArray();

    private final byte[] bytes;

    /**
     * The colon form, made on the first {@link #toString()}, because every event in a readevent
     * response writes its GUID and most events share their sender's GUID object. Two threads may
     * both make it. They store equal strings, and a String is safe to share without a lock.
     */
    private String text;

    private Guid(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * Returns a GUID holding a copy of {@code bytes}.
     *
     * @throws IllegalArgumentException if {@code bytes} is not exactly 16 bytes long
     */
    public static Guid of(byte[] bytes) {
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException(
                    "A GUID has 16 bytes, but " + bytes.length + " were given.");
        }
        return new Guid(bytes.clone());
    }

    /**
     * Parses the colon form {@code HH:HH:...:HH}. Each byte is one or two hex digits. Whitespace
     * around the GUID and around each byte is ignored.
     *
     * @throws IllegalArgumentException naming the bad byte or count if {@code text} is not a GUID
     * @throws NullPointerException if {@code text} is null
     */
    public static Guid parse(String text) {
        try {
            return parse(text, "GUID");
        } catch (MalformedEventException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /**
     * Parses the colon form like {@link #parse(String)}, naming {@code field} (such as "event
     * GUID" or "mask GUID") in the error message.
     */
    static Guid parse(String text, String field) throws MalformedEventException {
        String trimmed = text.strip();
        int colons = FieldText.count(trimmed, ':');
        if (colons != LENGTH - 1) {
            throw new MalformedEventException("The " + field + " " + FieldText.quote(trimmed)
                    + " has " + (colons + 1) + (colons == 0 ? " byte" : " bytes")
                    + "; expected 16 hex bytes separated by ':'.");
        }

        String[] parts = trimmed.split(":", -1);
        byte[] bytes = new byte[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            String part = parts[i].strip();
            if (part.isEmpty() || part.length() > 2 || !isHex(part)) {
                throw new MalformedEventException("Byte " + i + " of the " + field + " "
                        + FieldText.quote(trimmed) + " is " + FieldText.quote(part)
                        + "; expected one or two hex digits.");
            }
            bytes[i] = (byte) Integer.parseInt(part, 16);
        }
        return new Guid(bytes);
    }

    /** Checks for ASCII hex digits only: {@link Character#digit} also accepts other scripts. */
    private static boolean isHex(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean hex = (c >= '0' && c <= '9')
                    || (c >= 'a' && c <= 'f')
                    || (c >= 'A' && c <= 'F');
            if (!hex) {
                return false;
            }
        }
        return true;
    }

    /** Returns byte {@code index} (0 is the most significant) as an unsigned value 0-255. */
    public int byteAt(int index) {
        return bytes[index] & 0xFF;
    }

    /** Returns a copy of the 16 bytes. */
    public byte[] toBytes() {
        return bytes.clone();
    }

    /** Returns this GUID with its last two bytes replaced by {@code clientId}, big-endian. */
    public Guid withClientId(int clientId) {
        byte[] copy = bytes.clone();
        copy[14] = (byte) (clientId >>> 8);
        copy[15] = (byte) clientId;
        return new Guid(copy);
    }

    public boolean isZero() {
        for (byte b : bytes) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    /** Returns the colon form with upper-case hex digits. */
    @Override
    public String toString() {
        String cached = text;
        if (cached == null) {
            cached = colonForm();
            text = cached;
        }
        return cached;
    }

    private String colonForm() {
        char[] chars = new char[LENGTH * 3 - 1];
        for (int i = 0; i < LENGTH; i++) {
            int value = bytes[i] & 0xFF;
            if (i > 0) {
                chars[i * 3 - 1] = ':';
            }
            chars[i * 3] = HEX_DIGITS[value >>> 4];
            chars[i * 3 + 1] = HEX_DIGITS[value & 0x0F];
        }
        return new String(chars);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Guid guid && Arrays.equals(bytes, guid.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }
}
