package org.vscp.rest.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vscp.rest.event.EventFilter;
import org.vscp.rest.event.VscpEvent;

/**
 * A user of the users file. Immutable.
 *
 * @param name the login name
 * @param passwordHash the stored PBKDF2 hash
 * @param rights the rights granted
 * @param allowedAddresses the client addresses the user may log in from; empty means none
 * @param sendPatterns the events the user may send; empty means every event
 * @param receiveFilter a filter always applied to the user's sessions, on top of setfilter
 */
public record User(String name, PasswordHash passwordHash, Set<Right> rights,
        List<AddressRange> allowedAddresses, List<EventPattern> sendPatterns,
        Optional<EventFilter> receiveFilter) {

    public User {
        rights = Set.copyOf(rights);
        allowedAddresses = List.copyOf(allowedAddresses);
        sendPatterns = List.copyOf(sendPatterns);
    }

    /** Returns whether the user holds {@code right} directly or through admin. */
    public boolean hasRight(Right right) {
        return rights.contains(Right.ADMIN) || rights.contains(right);
    }

    /** Returns whether the user may send {@code event} by the send patterns. */
    public boolean maySend(VscpEvent event) {
        if (sendPatterns.isEmpty()) {
            return true;
        }
        return sendPatterns.stream().anyMatch(pattern -> pattern.matches(event));
    }

    @Override
    public String toString() {
        return "User[" + name + ", rights=" + rights + "]";
    }
}
