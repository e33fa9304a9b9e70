package org.vscp.rest.mdf;

import java.util.Objects;

/**
 * Thrown when a Module Description File is rejected or cannot be fetched. The message gives the
 * reason.
 */
public final class MdfException extends Exception {

    private static final long serialVersionUID = 1L;

    /** The cause of a failed fetch, which selects the result code of the response. */
    public enum Reason {
        /** The URL is missing, malformed or not http/https. */
        BAD_URL,
        /** The host, or the host of a redirect, is not on the allow list. */
        HOST_NOT_ALLOWED,
        /** The file is larger than the size cap. */
        TOO_LARGE,
        /** Connecting or reading took longer than allowed. */
        TIMED_OUT,
        /** The server returned an error status, or the connection failed. */
        FETCH_FAILED,
        /** The file is not well-formed XML, or contains a DTD. */
        BAD_XML
    }

    private final Reason reason;

    public MdfException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public MdfException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
