package org.vscp.rest.bridge;

/** Thrown when a bridge could not release a socket or a thread while closing. */
public final class BridgeCloseException extends Exception {

    private static final long serialVersionUID = 1L;

    public BridgeCloseException(String message, Throwable cause) {
        super(message, cause);
    }
}
