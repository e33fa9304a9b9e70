package org.vscp.rest.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserDirectoryTest {

    private static final PasswordHash HASH = PasswordHash.unmatchable(1);

    private static User user(String name) {
        return new User(name, HASH, Set.of(), List.of(), List.of(), Optional.empty());
    }

    @Test
    void findsUserByExactName() {
        User alice = user("alice");
        UserDirectory directory = UserDirectory.of(List.of(alice, user("bob")));

        assertEquals(Optional.of(alice), directory.find("alice"));
        assertEquals(Optional.empty(), directory.find("Alice"));
        assertEquals(Optional.empty(), directory.find("alice "));
        assertEquals(2, directory.size());
    }

    @Test
    void keepsFileOrder() {
        UserDirectory directory = UserDirectory.of(List.of(user("zed"), user("amy")));

        assertEquals(List.of("zed", "amy"), directory.users().stream().map(User::name).toList());
    }

    @Test
    void duplicateNameIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> UserDirectory.of(List.of(user("amy"), user("amy"))));

        assertEquals("The user name 'amy' appears more than once; each user needs a name of its"
                + " own.", e.getMessage());
    }

    @Test
    void emptyDirectoryHasNoUsers() {
        assertTrue(UserDirectory.empty().isEmpty());
        assertEquals(Optional.empty(), UserDirectory.empty().find("admin"));
    }
}
