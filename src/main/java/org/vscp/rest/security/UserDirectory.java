package org.vscp.rest.security;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The users of the users file, looked up by exact, case-sensitive name. Immutable. */
public final class UserDirectory {

    private static final UserDirectory EMPTY = new UserDirectory(Map.of());

    private final Map<String, User> usersByName;

    private UserDirectory(Map<String, User> usersByName) {
        this.usersByName = usersByName;
    }

    /** Returns a directory without users, in which every login fails. */
    public static UserDirectory empty() {
        return EMPTY;
    }

    /**
     * Returns a directory of {@code users}, kept in the given order.
     *
     * @throws IllegalArgumentException naming the user if two users have the same name
     */
    public static UserDirectory of(Collection<User> users) {
        Map<String, User> byName = new LinkedHashMap<>();
        for (User user : users) {
            if (byName.putIfAbsent(user.name(), user) != null) {
                throw new IllegalArgumentException("The user name '" + user.name()
                        + "' appears more than once; each user needs a name of its own.");
            }
        }
        return new UserDirectory(Collections.unmodifiableMap(byName));
    }

    /** Returns the user called exactly {@code name}, or empty. */
    public Optional<User> find(String name) {
        return Optional.ofNullable(usersByName.get(name));
    }

    /** Returns all users in the order of the users file. */
    public List<User> users() {
        return List.copyOf(usersByName.values());
    }

    public int size() {
        return usersByName.size();
    }

    public boolean isEmpty() {
        return usersByName.isEmpty();
    }

    @Override
    public String toString() {
        return "UserDirectory" + usersByName.keySet();
    }
}
