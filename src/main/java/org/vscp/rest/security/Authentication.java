package org.vscp.rest.security;

import org.vscp.rest.format.ResultCode;

/** The outcome of a login attempt. */
public sealed interface Authentication {

    /** The user, address and password were accepted. */
    record Accepted(User user) implements Authentication {
    }

    /**
     * The login was rejected.
     *
     * @param code -14 unknown user, -15 address not allowed, -16 wrong password or throttled
     * @param description a sentence for the client; never contains the password
     */
    record Rejected(ResultCode code, String description) implements Authentication {
    }
}
