package org.vscp.rest.variable;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.vscp.rest.security.Right;
import org.vscp.rest.security.User;
import org.vscp.rest.variable.VariableException.Kind;
import org.vscp.rest.text.ClientText;

/**
 * The rules of the variable operations: the user's rights, the rights bits, value checks, and
 * where a variable is kept. Thread-safe; calls block on database I/O.
 */
public final class VariableService {

    /** How long one listvar may spend matching names. */
    public static final Duration LIST_TIME_LIMIT = Duration.ofSeconds(2);

    private final VariableStore store;
    private final Clock clock;

    public VariableService(VariableStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Returns the variable named by {@code nameParameter} if {@code user} may read it.
     *
     * @throws VariableException if the user lacks the right (ACCESS_DENIED), the name is bad
     *     (BAD_PARAMETER) or no such variable exists (NOT_FOUND)
     */
    public Variable read(User user, String nameParameter) throws VariableException {
        requireRight(user, Right.VARIABLES_READ, "readvar");
        String name = name(nameParameter, Kind.BAD_PARAMETER);

        Variable variable = existing(name);
        if (!VariablePermissions.mayRead(user, variable)) {
            throw new VariableException(Kind.ACCESS_DENIED, "The rights " + variable.rights().hex()
                    + " of variable " + name + " do not let user " + user.name() + " read it.");
        }
        return variable;
    }

    /**
     * Writes a new value, checked against the variable's type, and returns the variable as
     * stored. A persistent variable is in the database when this returns.
     *
     * @throws VariableException if the user lacks the right (ACCESS_DENIED), a parameter is
     *     missing (BAD_PARAMETER), the variable is unknown (NOT_FOUND), or the value is bad or
     *     the rights bits forbid writing (NOT_UPDATED)
     */
    public Variable write(User user, String nameParameter, String valueParameter)
            throws VariableException {
        requireRight(user, Right.VARIABLES_WRITE, "writevar");
        String name = name(nameParameter, Kind.BAD_PARAMETER);
        if (valueParameter == null) {
            throw new VariableException(Kind.BAD_PARAMETER, "The parameter value is missing;"
                    + " writevar needs variable and value.");
        }

        return store.locked(name, () -> {
            Variable variable = existing(name);
            requireWrite(user, variable);
            String value = decodeValue(variable.type(), valueParameter, Kind.NOT_UPDATED);

            Variable written = variable.withValue(value, now());
            store.put(written, Optional.of(variable));
            return written;
        });
    }

    /**
     * Creates a variable, or updates the one of that name. Changing the type, rights or
     * persistence of an existing variable needs its owner or an admin; changing its value needs
     * the write permission.
     *
     * @throws VariableException if the user lacks the right (ACCESS_DENIED), a parameter is bad
     *     (NOT_CREATED for a new variable, NOT_UPDATED for an existing one)
     */
    public Variable create(User user, CreateRequest request) throws VariableException {
        requireRight(user, Right.VARIABLES_WRITE, "createvar");
        String name = name(request.name(), Kind.NOT_CREATED);

        return store.locked(name, () -> {
            Optional<Variable> existing = store.find(name);
            Kind kind = existing.isPresent() ? Kind.NOT_UPDATED : Kind.NOT_CREATED;
            if (existing.isPresent() && store.isStock(name)) {
                throw new VariableException(kind, "The variable " + name + " is a read-only"
                        + " stock variable of the server and cannot be changed.");
            }

            VariableType type = type(request.type(), existing.map(Variable::type), kind);
            AccessRights rights = rights(request.accessRight(), existing.map(Variable::rights),
                    kind);
            boolean persistent = persistent(request.persistent(),
                    existing.map(Variable::persistent), kind);
            String value = decodeValue(type, request.value() == null ? "" : request.value(), kind);
            String note = decodeNote(request.note(), existing.map(Variable::note), kind);

            String owner = user.name();
            if (existing.isPresent()) {
                Variable old = existing.get();
                owner = old.owner();
                boolean managed = old.type() != type || !old.rights().equals(rights)
                        || old.persistent() != persistent;
                if (managed && !VariablePermissions.mayManage(user, old, false)) {
                    throw new VariableException(kind, "Only the owner " + old.owner() + " or an"
                            + " admin may change the type, rights or persistence of variable "
                            + name + ".");
                }
                requireWrite(user, old);
            }

            Variable created = new Variable(name, type, owner, rights, persistent, now(), value,
                    note);
            store.put(created, existing);
            return created;
        });
    }

    /**
     * Deletes a variable; only its owner or an admin may.
     *
     * @throws VariableException if the user lacks the right (ACCESS_DENIED), the name is bad
     *     (BAD_PARAMETER), the variable is unknown (NOT_FOUND) or the user may not delete it
     *     (NOT_DELETED)
     */
    public void delete(User user, String nameParameter) throws VariableException {
        requireRight(user, Right.VARIABLES_WRITE, "deletevar");
        String name = name(nameParameter, Kind.BAD_PARAMETER);

        store.locked(name, () -> {
            Variable variable = existing(name);
            if (store.isStock(name)) {
                throw new VariableException(Kind.NOT_DELETED, "The variable " + name + " is a"
                        + " read-only stock variable of the server and cannot be deleted.");
            }
            if (!VariablePermissions.mayManage(user, variable, false)) {
                throw new VariableException(Kind.NOT_DELETED, "Only the owner "
                        + variable.owner() + " or an admin may delete variable " + name + ".");
            }
            if (!store.delete(name)) {
                throw new VariableException(Kind.NOT_FOUND, "The variable " + name
                        + " was deleted by another request.");
            }
            return null;
        });
    }

    /**
     * Returns the variables {@code user} may read whose names contain a match of
     * {@code regex}, ordered by name.
     *
     * @throws VariableException if the user lacks the right (ACCESS_DENIED), or the expression
     *     is bad, too complex or too slow (BAD_PARAMETER)
     */
    public List<Variable> list(User user, String regex) throws VariableException {
        requireRight(user, Right.VARIABLES_READ, "listvar");
        NamePattern pattern;
        try {
            pattern = NamePattern.compile(regex);
        } catch (IllegalArgumentException e) {
            throw new VariableException(Kind.BAD_PARAMETER, e.getMessage());
        }

        long deadline = System.nanoTime() + LIST_TIME_LIMIT.toNanos();
        List<Variable> found = new ArrayList<>();
        for (Variable variable : store.all()) {
            if (System.nanoTime() - deadline > 0) {
                throw new VariableException(Kind.BAD_PARAMETER, "Matching the regex took more"
                        + " than " + LIST_TIME_LIMIT.toSeconds() + " seconds; use a simpler"
                        + " expression.");
            }
            try {
                if (pattern.matches(variable.name()) && VariablePermissions.mayRead(user,
                        variable)) {
                    found.add(variable);
                }
            } catch (NamePattern.TooComplexException e) {
                throw new VariableException(Kind.BAD_PARAMETER, e.getMessage());
            }
        }
        return found;
    }

    private Variable existing(String name) throws VariableException {
        return store.find(name).orElseThrow(() -> new VariableException(Kind.NOT_FOUND,
                "No variable is named " + name + "; create it with createvar first."));
    }

    private void requireWrite(User user, Variable variable) throws VariableException {
        if (store.isStock(variable.name())) {
            throw new VariableException(Kind.NOT_UPDATED, "The variable " + variable.name()
                    + " is a read-only stock variable of the server and cannot be written.");
        }
        if (!VariablePermissions.mayWrite(user, variable, false)) {
            throw new VariableException(Kind.NOT_UPDATED, "The rights "
                    + variable.rights().hex() + " of variable " + variable.name()
                    + " do not let user " + user.name() + " write it.");
        }
    }

    private static void requireRight(User user, Right right, String operation)
            throws VariableException {
        if (!user.hasRight(right)) {
            throw new VariableException(Kind.ACCESS_DENIED, "User " + user.name()
                    + " lacks the right '" + right.configName() + "' needed for " + operation
                    + ".");
        }
    }

    private static String name(String parameter, Kind kind) throws VariableException {
        if (parameter == null || parameter.isEmpty()) {
            throw new VariableException(Kind.BAD_PARAMETER, "The parameter variable is missing;"
                    + " give the name of the variable.");
        }
        try {
            return VariableName.normalize(parameter);
        } catch (IllegalArgumentException e) {
            throw new VariableException(kind, e.getMessage());
        }
    }

    private static VariableType type(String parameter, Optional<VariableType> current, Kind kind)
            throws VariableException {
        if (parameter == null || parameter.isBlank()) {
            return current.orElse(VariableType.STRING);
        }
        Optional<VariableType> type = VariableType.parse(parameter);
        if (type.isEmpty()) {
            throw new VariableException(kind, "The type '" + ClientText.shorten(parameter)
                    + "' is unknown; give a type number such as 3 or a name such as integer.");
        }
        if (type.get() == VariableType.UNASSIGNED) {
            throw new VariableException(kind, "The type 0 (Unassigned) cannot be given to a"
                    + " variable; give a type such as 1 (String).");
        }
        return type.get();
    }

    private static AccessRights rights(String parameter, Optional<AccessRights> current,
            Kind kind) throws VariableException {
        if (parameter == null || parameter.isBlank()) {
            return current.orElse(AccessRights.DEFAULT);
        }
        try {
            return AccessRights.parse(parameter);
        } catch (IllegalArgumentException e) {
            throw new VariableException(kind, e.getMessage());
        }
    }

    private static boolean persistent(String parameter, Optional<Boolean> current, Kind kind)
            throws VariableException {
        if (parameter == null || parameter.isBlank()) {
            return current.orElse(false);
        }
        return switch (parameter.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw new VariableException(kind, "The parameter persistent is '"
                    + ClientText.shorten(parameter) + "'; give true or false.");
        };
    }

    private static String decodeValue(VariableType type, String parameter, Kind kind)
            throws VariableException {
        try {
            return WireText.decodeValue(type, parameter);
        } catch (IllegalArgumentException e) {
            throw new VariableException(kind, e.getMessage());
        }
    }

    private static String decodeNote(String parameter, Optional<String> current, Kind kind)
            throws VariableException {
        if (parameter == null) {
            return current.orElse("");
        }
        try {
            return WireText.decodeNote(parameter);
        } catch (IllegalArgumentException e) {
            throw new VariableException(kind, e.getMessage());
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
