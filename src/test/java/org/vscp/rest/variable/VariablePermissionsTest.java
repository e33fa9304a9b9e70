package org.vscp.rest.variable;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vscp.rest.security.Right;
import org.vscp.rest.security.User;
import org.vscp.rest.session.TestUsers;

class VariablePermissionsTest {

    private static final User OWNER = TestUsers.withRights("alice", Right.VARIABLES_READ,
            Right.VARIABLES_WRITE);
    private static final User OTHER = TestUsers.withRights("bob", Right.VARIABLES_READ,
            Right.VARIABLES_WRITE);
    private static final User ADMIN = TestUsers.withRights("root", Right.ADMIN);

    private static Variable ownedByAlice(String rights) {
        return new Variable("X", VariableType.STRING, "alice", AccessRights.parse(rights), false,
                Instant.EPOCH, "", "");
    }

    private static User user(String who) {
        return switch (who) {
            case "owner" -> OWNER;
            case "other" -> OTHER;
            default -> ADMIN;
        };
    }

    @ParameterizedTest(name = "{0} with {1}: read {2}, write {3}, manage {4}")
    @CsvSource({
        "owner, 700, true,  true,  true",
        "other, 700, false, false, false",
        "admin, 700, true,  true,  true",
        "owner, 744, true,  true,  true",
        "other, 744, true,  false, false",
        "other, 746, true,  true,  false",
        "other, 702, false, true,  false",
        "other, 770, false, false, false",
        "owner, 400, true,  false, true",
        "owner, 000, false, false, true",
        "admin, 000, true,  true,  true",
    })
    void matrix(String who, String rights, boolean read, boolean write, boolean manage) {
        Variable variable = ownedByAlice(rights);
        User user = user(who);

        assertEquals(read, VariablePermissions.mayRead(user, variable), "read");
        assertEquals(write, VariablePermissions.mayWrite(user, variable, false), "write");
        assertEquals(manage, VariablePermissions.mayManage(user, variable, false), "manage");
    }

    @ParameterizedTest
    @CsvSource({"owner", "other", "admin"})
    void stockIsNeverWritten(String who) {
        Variable variable = ownedByAlice("777");

        assertEquals(false, VariablePermissions.mayWrite(user(who), variable, true));
        assertEquals(false, VariablePermissions.mayManage(user(who), variable, true));
    }
}
