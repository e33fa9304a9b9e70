package org.vscp.rest.bridge;

/** The connection state of a bridge, as shown in the health check and the stock variable. */
public enum BridgeState {

    /** Not started yet, or stopped with the application. */
    STOPPED,

    /** Opening the connection for the first time or after a wait. */
    CONNECTING,

    /** Connected: events flow both ways. */
    CONNECTED,

    /** The connection failed or was lost; the bridge waits before the next attempt. */
    WAITING;

    /** Returns the lower-case name used in logs, JSON and variables. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
