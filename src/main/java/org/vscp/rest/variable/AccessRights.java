package org.vscp.rest.variable;

import org.vscp.rest.text.ClientText;

/**
 * The permission bits of a variable: three nibbles for owner, group and other, each with read
 * (4), write (2) and execute (1), as in {@code 0x744}. The server has no user groups, so the
 * group nibble is stored and reported but grants nothing. Immutable.
 *
 * @param bits the value, from 0 to 0x777 with no nibble above 7
 */
public record AccessRights(int bits) {

    /** Owner may read, write and execute; nobody else has access. The daemon's default. */
    public static final AccessRights DEFAULT = new AccessRights(0x700);

    /** Everyone may read; nobody may write. Used for the stock variables. */
    public static final AccessRights READ_ONLY = new AccessRights(0x444);

    private static final int READ = 4;
    private static final int WRITE = 2;

    public AccessRights {
        if (!isValid(bits)) {
            throw new IllegalArgumentException("The access rights 0x" + Integer.toHexString(bits)
                    + " are out of range; each of the three digits is 0 to 7.");
        }
    }

    /**
     * Parses the {@code accessright} parameter: three digits 0-7 such as {@code 744}, read as
     * the nibbles they show; {@code 0x} and one to three hex digits such as {@code 0x744}; or any
     * other decimal number, read as a plain number ({@code 1911} is {@code 0x777}).
     *
     * @throws IllegalArgumentException naming the value if it is none of these or out of range
     */
    public static AccessRights parse(String text) {
        String value = text.strip();
        int bits;
        try {
            if (value.matches("[0-7]{3}")) {
                bits = Integer.parseInt(value, 16);
            } else if (value.matches("0[xX][0-9A-Fa-f]{1,3}")) {
                bits = Integer.parseInt(value.substring(2), 16);
            } else if (value.matches("[0-9]{1,5}")) {
                bits = Integer.parseInt(value);
            } else {
                bits = -1;
            }
        } catch (NumberFormatException e) {
            bits = -1;
        }

        if (!isValid(bits)) {
            throw new IllegalArgumentException("The access right '"
                    + ClientText.shorten(value) + "' is not valid; give three digits 0-7 for"
                    + " owner, group and other, such as 744 or 0x744.");
        }
        return new AccessRights(bits);
    }

    private static boolean isValid(int bits) {
        return bits >= 0 && bits <= 0x777 && (bits & 0x888) == 0;
    }

    public boolean ownerMayRead() {
        return (bits >> 8 & READ) != 0;
    }

    public boolean ownerMayWrite() {
        return (bits >> 8 & WRITE) != 0;
    }

    public boolean otherMayRead() {
        return (bits & READ) != 0;
    }

    public boolean otherMayWrite() {
        return (bits & WRITE) != 0;
    }

    /** Returns the three hex digits the server reports, such as {@code 744}. */
    public String hex() {
        return String.format("%03x", bits);
    }

    @Override
    public String toString() {
        return "0x" + hex();
    }
}
