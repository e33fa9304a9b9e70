package org.vscp.rest.operation;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.vscp.rest.format.Reply;
import org.vscp.rest.format.ResultCode;
import org.vscp.rest.measurement.MeasurementOperations;
import org.vscp.rest.mdf.MdfOperations;
import org.vscp.rest.table.TableOperations;
import org.vscp.rest.session.Session;
import org.vscp.rest.session.SessionManager;
import org.vscp.rest.text.ClientText;

/**
 * Resolves the operation of a request, checks its session and runs it. Thread-safe; never throws
 * for bad input, which always becomes a {@link Reply.Failure}.
 */
public final class OperationDispatcher {

    private final SessionManager sessions;
    private final SessionOperations sessionOperations;
    private final EventOperations eventOperations;
    private final VariableOperations variableOperations;
    private final MeasurementOperations measurementOperations;
    private final TableOperations tableOperations;
    private final MdfOperations mdfOperations;

    /** Creates a dispatcher without variables (-1), measurement, table and mdf (-5). */
    public OperationDispatcher(SessionManager sessions, SessionOperations sessionOperations,
            EventOperations eventOperations) {
        this(sessions, sessionOperations, eventOperations, null);
    }

    /**
     * Creates a dispatcher without measurement, table and mdf, which then answer -5.
     *
     * @param variableOperations the variable operations, or null when the server has no
     *     variable storage; they then answer -1
     */
    public OperationDispatcher(SessionManager sessions, SessionOperations sessionOperations,
            EventOperations eventOperations, VariableOperations variableOperations) {
        this(sessions, sessionOperations, eventOperations, variableOperations, null, null, null);
    }

    /**
     * Creates a dispatcher. A null variable part makes the variable operations answer -1; a null
     * measurement, table or mdf part makes its operation answer -5 "not available".
     */
    public OperationDispatcher(SessionManager sessions, SessionOperations sessionOperations,
            EventOperations eventOperations, VariableOperations variableOperations,
            MeasurementOperations measurementOperations, TableOperations tableOperations,
            MdfOperations mdfOperations) {
        this.sessions = sessions;
        this.sessionOperations = sessionOperations;
        this.eventOperations = eventOperations;
        this.variableOperations = variableOperations;
        this.measurementOperations = measurementOperations;
        this.tableOperations = tableOperations;
        this.mdfOperations = mdfOperations;
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
                    + ClientText.shorten(op) + "' is unknown; use a name such as open, status, "
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
            case MEASUREMENT -> measurementOperations == null ? notAvailable(operation)
                    : measurementOperations.measurement(session.get(), request);
            case TABLE -> tableOperations == null ? notAvailable(operation)
                    : tableOperations.table(session.get(), request);
            case MDF -> mdfOperations == null ? notAvailable(operation)
                    : mdfOperations.mdf(session.get(), request);
            case READVAR, WRITEVAR, CREATEVAR, DELETEVAR, LISTVAR ->
                    variable(operation, session.get(), request);
            default -> notAvailable(operation);
        };
    }

    private static Reply notAvailable(Operation operation) {
        return new Reply.Failure(ResultCode.MISSING_DATA, "The operation "
                + operation.protocolName() + " is not available yet on this server.");
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
