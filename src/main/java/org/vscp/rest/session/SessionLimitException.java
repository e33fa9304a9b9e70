package org.vscp.rest.session;

/** Thrown when no more sessions may be opened. */
public class SessionLimitException extends Exception {

    public SessionLimitException(String message) {
        super(message);
    }
}
