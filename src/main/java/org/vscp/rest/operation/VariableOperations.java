package org.vscp.rest.operation;

import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.vscp.rest.format.Reply;
import org.vscp.rest.format.ResultCode;
import org.vscp.rest.format.VariableEntry;
import org.vscp.rest.session.Session;
import org.vscp.rest.storage.StorageException;
import org.vscp.rest.variable.CreateRequest;
import org.vscp.rest.variable.Variable;
import org.vscp.rest.variable.VariableException;
import org.vscp.rest.variable.VariableService;

/**
 * The operations readvar, writevar, createvar, deletevar and listvar. Thread-safe. Calls block
 * on database I/O.
 */
public final class VariableOperations {

    private static final Logger LOG = Logger.getLogger(VariableOperations.class.getName());

    private final VariableService variables;

    public VariableOperations(VariableService variables) {
        this.variables = variables;
    }

    Reply readVar(Session session, RestRequest request) {
        return answer("readvar", () -> new Reply.VariableRead(entry(
                variables.read(session.user(), request.parameter("variable")))));
    }

    Reply writeVar(Session session, RestRequest request) {
        return answer("writevar", () -> new Reply.VariableRead(entry(variables.write(
                session.user(), request.parameter("variable"), request.parameter("value")))));
    }

    Reply createVar(Session session, RestRequest request) {
        CreateRequest create = new CreateRequest(request.parameter("variable"),
                request.parameter("type"), request.parameter("value"),
                request.parameter("persistent"), request.parameter("accessright"),
                request.parameter("note"));
        return answer("createvar", () -> new Reply.VariableRead(entry(
                variables.create(session.user(), create))));
    }

    Reply deleteVar(Session session, RestRequest request) {
        return answer("deletevar", () -> {
            variables.delete(session.user(), request.parameter("variable"));
            return new Reply.Done();
        });
    }

    Reply listVar(Session session, RestRequest request) {
        boolean listLong = isTrue(request.parameter("listlong"));
        return answer("listvar", () -> {
            List<Variable> found = variables.list(session.user(), request.parameter("regex"));
            return new Reply.VariableList(found.stream().map(VariableOperations::entry).toList(),
                    listLong);
        });
    }

    private static boolean isTrue(String parameter) {
        if (parameter == null) {
            return false;
        }
        String value = parameter.strip().toLowerCase(Locale.ROOT);
        return value.equals("true") || value.equals("1");
    }

    private static Reply answer(String operation, Action action) {
        try {
            return action.run();
        } catch (VariableException e) {
            return new Reply.Failure(code(e.kind()), e.getMessage());
        } catch (StorageException e) {
            LOG.log(Level.SEVERE, operation + " failed in the database", e);
            return new Reply.Failure(ResultCode.FAILURE, "The database did not answer " + operation
                    + "; nothing was changed. Try again later, and tell the administrator if it"
                    + " persists.");
        }
    }

    private static ResultCode code(VariableException.Kind kind) {
        return switch (kind) {
            case NOT_FOUND -> ResultCode.VARIABLE_NOT_FOUND;
            case NOT_CREATED -> ResultCode.VARIABLE_NOT_CREATED;
            case NOT_UPDATED -> ResultCode.VARIABLE_NOT_UPDATED;
            case NOT_DELETED -> ResultCode.VARIABLE_DELETE_ERROR;
            case ACCESS_DENIED -> ResultCode.ACCESS_DENIED;
            case BAD_PARAMETER -> ResultCode.MISSING_DATA;
        };
    }

    static VariableEntry entry(Variable variable) {
        return new VariableEntry(variable.name(), variable.type().code(),
                variable.type().displayName(), variable.owner(), variable.rights().bits(),
                variable.persistent(), variable.lastChange(), variable.value(), variable.note());
    }

    @FunctionalInterface
    private interface Action {
        Reply run() throws VariableException;
    }
}
