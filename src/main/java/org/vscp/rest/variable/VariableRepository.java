package org.vscp.rest.variable;

import java.util.List;
import java.util.Optional;

/** Keeps variables by name. Implementations are thread-safe. */
public interface VariableRepository {

    /** Returns the variable named {@code name} (upper case), or empty. */
    Optional<Variable> find(String name);

    /** Returns every variable, ordered by name. */
    List<Variable> all();

    /** Adds {@code variable} or replaces the one of the same name; done when it returns. */
    void save(Variable variable);

    /** Removes the variable named {@code name}; returns whether one was there. */
    boolean delete(String name);
}
