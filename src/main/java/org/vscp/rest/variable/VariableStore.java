package org.vscp.rest.variable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * All variables in one name space: the stock variables, the non-persistent ones in memory and
 * the persistent ones in the database. Changes of one name are serialised by a lock per name
 * group, so two writers of a variable never interleave. Thread-safe; calls that touch
 * persistent variables block on the database.
 */
public final class VariableStore {

    private static final int LOCK_COUNT = 64;

    private final StockVariables stock;
    private final VariableRepository memory;
    private final VariableRepository database;
    private final ReentrantLock[] locks = new ReentrantLock[LOCK_COUNT];

    public VariableStore(StockVariables stock, VariableRepository memory,
            VariableRepository database) {
        this.stock = stock;
        this.memory = memory;
        this.database = database;
        for (int i = 0; i < LOCK_COUNT; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    /** Returns whether {@code name} is a read-only stock variable. */
    public boolean isStock(String name) {
        return stock.isStock(name);
    }

    /** Returns the variable named {@code name} (upper case), or empty. */
    public Optional<Variable> find(String name) {
        if (stock.isStock(name)) {
            return stock.find(name);
        }
        Optional<Variable> inMemory = memory.find(name);
        return inMemory.isPresent() ? inMemory : database.find(name);
    }

    /** Returns every variable, ordered by name. */
    public List<Variable> all() {
        Map<String, Variable> byName = new LinkedHashMap<>();
        database.all().forEach(variable -> byName.put(variable.name(), variable));
        memory.all().forEach(variable -> byName.put(variable.name(), variable));
        stock.all().forEach(variable -> byName.put(variable.name(), variable));

        List<Variable> sorted = new ArrayList<>(byName.values());
        sorted.sort(Comparator.comparing(Variable::name));
        return sorted;
    }

    /**
     * Stores {@code variable} where its persistence says. A persistent variable has been
     * committed to the database when this returns.
     *
     * @param previous the variable this one replaces, if any; when its persistence differs, it
     *     is removed from its old place after the new copy is stored
     */
    public void put(Variable variable, Optional<Variable> previous) {
        VariableRepository target = variable.persistent() ? database : memory;
        target.save(variable);

        if (previous.isPresent() && previous.get().persistent() != variable.persistent()) {
            VariableRepository old = previous.get().persistent() ? database : memory;
            old.delete(variable.name());
        }
    }

    /** Removes the variable named {@code name}; returns whether one was there. */
    public boolean delete(String name) {
        boolean inMemory = memory.delete(name);
        boolean inDatabase = database.delete(name);
        return inMemory || inDatabase;
    }

    /**
     * Runs {@code change} while holding the lock of {@code name}. Blocks while another thread
     * changes a variable of the same lock group.
     */
    public <T> T locked(String name, Change<T> change) throws VariableException {
        ReentrantLock lock = locks[Math.floorMod(name.hashCode(), LOCK_COUNT)];
        lock.lock();
        try {
            return change.run();
        } finally {
            lock.unlock();
        }
    }

    /** A change of one variable that may be refused. */
    @FunctionalInterface
    public interface Change<T> {
        T run() throws VariableException;
    }
}
