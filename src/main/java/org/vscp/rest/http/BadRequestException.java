package org.vscp.rest.http;

/** Thrown when a request cannot be read: bad encoding, or a body or value over its limit. */
final class BadRequestException extends Exception {

    private final boolean tooLarge;

    BadRequestException(String message) {
        this(message, false);
    }

    /** @param tooLarge whether a size limit was exceeded, answered as error -17 */
    BadRequestException(String message, boolean tooLarge) {
        super(message);
        this.tooLarge = tooLarge;
    }

    boolean isTooLarge() {
        return tooLarge;
    }
}
