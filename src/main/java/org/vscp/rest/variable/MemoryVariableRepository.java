package org.vscp.rest.variable;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Keeps non-persistent variables in memory until the application stops. Thread-safe. */
public final class MemoryVariableRepository implements VariableRepository {

    private final ConcurrentMap<String, Variable> variables = new ConcurrentHashMap<>();

    @Override
    public Optional<Variable> find(String name) {
        return Optional.ofNullable(variables.get(name));
    }

    @Override
    public List<Variable> all() {
        return variables.values().stream()
                .sorted((a, b) -> a.name().compareTo(b.name()))
                .toList();
    }

    @Override
    public void save(Variable variable) {
        variables.put(variable.name(), variable);
    }

    @Override
    public boolean delete(String name) {
        return variables.remove(name) != null;
    }
}
