package org.vscp.rest.operation;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.vscp.rest.format.Reply;
import org.vscp.rest.format.ResultCode;
import org.vscp.rest.session.Session;
import org.vscp.rest.session.SessionManager;

/**
 * Resolves the operation of a request, checks its session and runs it. Thread-safe; never throws
 * for bad input, which always becomes a {@link Reply.Failure}.
 */
public final class OperationDispatcher {

    private final SessionManager sessions;
    private final SessionOperations sessionOperations;
    private final EventOperations eventOperations;

    public OperationDispatcher(SessionManager sessions, SessionOperations sessionOperations,
            EventOperations eventOperations) {
        this.sessions = sessions;
        this.sessionOperations = sessionOperations;
        this.eventOperations = eventOperations;
    }

    /**
     * Runs the request's operation like {@link #dispatch}, except for a readevent with a
     * {@code wait} parameter: when its queue is empty, the returned stage completes later, once
     * an event arrives or the wait ends. Blocks only where {@link #dispatch} blocks; every other
     * request gets a completed stage.
     */
    public CompletableFuture<Reply> dispatchWaiting(RestRequest request) {
        if (request.has("wait")
                && Operation.resolve(request.parameter("op"), request::has)
                        .filter(operation -> operation == Operation.READEVENT).isPresent()) {
            Optional<Session> session = sessions.find(request.parameter("vscpsession"));
            if (session.isPresent()) {
                return eventOperations.readEventWaiting(session.get(), request);
            }
        }
        return CompletableFuture.completedFuture(dispatch(request));
    }

    /** Runs the request's operation. Blocks while a login hashes the password. */
    public Reply dispatch(RestRequest request) {
        String op = request.parameter("op");
        Optional<Operation> resolved = Operation.resolve(op, request::has);
        if (resolved.isEmpty()) {
            return new Reply.Failure(ResultCode.MISSING_DATA, "The operation '"
                    + Texts.shorten(op) + "' is unknown; use a name such as open, status, "
                    + "sendevent or readevent, or its number.");
        }
        Operation operation = resolved.get();

        if (operation == Operation.OPEN) {
            return sessionOperations.open(request);
        }

        Optional<Session> session = sessions.find(request.parameter("vscpsession"));
        if (session.isEmpty()) {
            return new Reply.Failure(ResultCode.INVALID_SESSION, request.has("vscpsession")
                    ? "The session key is unknown, closed or expired; open a new session."
                    : "The parameter vscpsession is missing; open a session first and pass "
                            + "its key.");
        }

        return switch (operation) {
            case STATUS -> sessionOperations.status(session.get());
            case CLOSE -> sessionOperations.close(session.get());
            case SENDEVENT -> eventOperations.sendEvent(session.get(), request);
            case READEVENT -> eventOperations.readEvent(session.get(), request);
            case SETFILTER -> eventOperations.setFilter(session.get(), request);
            case CLEARQUEUE -> eventOperations.clearQueue(session.get());
            default -> new Reply.Failure(ResultCode.MISSING_DATA, "The operation "
                    + operation.protocolName() + " is not available yet on this server.");
        };
    }
}
