package org.vscp.rest.operation;

import java.util.Optional;
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
    private final VariableOperations variableOperations;

    /** Creates a dispatcher without variables: their operations answer -1. */
    public OperationDispatcher(SessionManager sessions, SessionOperations sessionOperations,
            EventOperations eventOperations) {
        this(sessions, sessionOperations, eventOperations, null);
    }

    /**
     * @param variableOperations the variable operations, or null when the server has no
     *     variable storage; they then answer -1
     */
    public OperationDispatcher(SessionManager sessions, SessionOperations sessionOperations,
            EventOperations eventOperations, VariableOperations variableOperations) {
        this.sessions = sessions;
        this.sessionOperations = sessionOperations;
        this.eventOperations = eventOperations;
        this.variableOperations = variableOperations;
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
            case READVAR, WRITEVAR, CREATEVAR, DELETEVAR, LISTVAR ->
                    variable(operation, session.get(), request);
            default -> new Reply.Failure(ResultCode.MISSING_DATA, "The operation "
                    + operation.protocolName() + " is not available yet on this server.");
        };
    }

    private Reply variable(Operation operation, Session session, RestRequest request) {
        if (variableOperations == null) {
            return new Reply.Failure(ResultCode.FAILURE, "The variable storage of this server"
                    + " did not start, so " + operation.protocolName() + " is not available;"
                    + " the server log names the cause.");
        }
        return switch (operation) {
            case READVAR -> variableOperations.readVar(session, request);
            case WRITEVAR -> variableOperations.writeVar(session, request);
            case CREATEVAR -> variableOperations.createVar(session, request);
            case DELETEVAR -> variableOperations.deleteVar(session, request);
            case LISTVAR -> variableOperations.listVar(session, request);
            default -> throw new IllegalArgumentException(operation + " is no variable operation");
        };
    }
}
