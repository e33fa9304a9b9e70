package org.vscp.rest.event;

/** Thrown when an event string, filter or mask cannot be parsed; the message names the bad field. */
public class MalformedEventException extends Exception {

    public MalformedEventException(String message) {
        super(message);
    }
}
