package org.vscp.rest.operation;

import java.util.logging.Logger;
import org.vscp.rest.format.Reply;
import org.vscp.rest.format.ResultCode;
import org.vscp.rest.security.Authentication;
import org.vscp.rest.security.Authenticator;
import org.vscp.rest.session.Session;
import org.vscp.rest.session.SessionLimitException;
import org.vscp.rest.session.SessionManager;

/** The operations open, status and close. Thread-safe. */
public final class SessionOperations {

    private static final Logger LOG = Logger.getLogger(SessionOperations.class.getName());

    private final SessionManager sessions;
    private final Authenticator authenticator;
    private final boolean configurationUsable;

    public SessionOperations(SessionManager sessions, Authenticator authenticator) {
        this(sessions, authenticator, true);
    }

    /**
     * @param configurationUsable false when the configuration files had errors; every login is
     *     then rejected with a description that points to the server log
     */
    public SessionOperations(SessionManager sessions, Authenticator authenticator,
            boolean configurationUsable) {
        this.sessions = sessions;
        this.authenticator = authenticator;
        this.configurationUsable = configurationUsable;
    }

    /** Checks the credentials and address and opens a session. Blocks while hashing. */
    Reply open(RestRequest request) {
        String userName = request.parameter("vscpuser");
        String secret = request.parameter("vscpsecret");
        if (userName == null || userName.isEmpty()) {
            return new Reply.Failure(ResultCode.MISSING_DATA,
                    "The parameter vscpuser is missing; open needs vscpuser and vscpsecret.");
        }
        if (secret == null) {
            return new Reply.Failure(ResultCode.MISSING_DATA,
                    "The parameter vscpsecret is missing; open needs vscpuser and vscpsecret.");
        }

        if (!configurationUsable) {
            return new Reply.Failure(ResultCode.INVALID_USER, "The server configuration has "
                    + "errors, so every login is rejected; the administrator finds the details "
                    + "in the server log.");
        }

        Authentication authentication =
                authenticator.authenticate(userName, secret, request.clientAddress());
        if (authentication instanceof Authentication.Rejected rejected) {
            return new Reply.Failure(rejected.code(), rejected.description());
        }
        Authentication.Accepted accepted = (Authentication.Accepted) authentication;

        try {
            Session session = sessions.open(accepted.user());
            LOG.info(() -> "User " + accepted.user().name() + " opened a session from "
                    + request.clientAddress().getHostAddress() + " as client "
                    + session.clientId());
            return info(session);
        } catch (SessionLimitException e) {
            LOG.warning(() -> "Session for " + accepted.user().name() + " rejected: "
                    + e.getMessage());
            return new Reply.Failure(ResultCode.NO_SESSION_ROOM, e.getMessage());
        }
    }

    Reply status(Session session) {
        return info(session);
    }

    Reply close(Session session) {
        sessions.close(session.key());
        LOG.info(() -> "User " + session.user().name() + " closed the session of client "
                + session.clientId());
        return new Reply.Done();
    }

    private static Reply info(Session session) {
        return new Reply.SessionInfo(session.key(), session.queuedCount(), session.droppedCount());
    }
}
