package org.vscp.rest.session;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vscp.rest.event.EventFilter;
import org.vscp.rest.security.Right;
import org.vscp.rest.security.User;

/** Users for tests that need no password check. */
public final class TestUsers {

    private TestUsers() {
    }

    public static User withRights(String name, Right... rights) {
        return new User(name, null, Set.of(rights), List.of(), List.of(), Optional.empty());
    }

    public static User withReceiveFilter(String name, EventFilter filter) {
        return new User(name, null, Set.of(Right.SEND, Right.RECEIVE), List.of(), List.of(),
                Optional.of(filter));
    }
}
