package org.vscp.rest.variable;

import org.vscp.rest.security.Right;
import org.vscp.rest.security.User;

/**
 * Who may do what with a variable. An admin may do everything except change a stock variable.
 * The owner is checked against the owner nibble, every other user against the other nibble;
 * the group nibble grants nothing because the server has no groups.
 */
public final class VariablePermissions {

    private VariablePermissions() {
    }

    /** Returns whether {@code user} may read the value of {@code variable}. */
    public static boolean mayRead(User user, Variable variable) {
        if (user.hasRight(Right.ADMIN)) {
            return true;
        }
        if (isOwner(user, variable)) {
            return variable.rights().ownerMayRead();
        }
        return variable.rights().otherMayRead();
    }

    /**
     * Returns whether {@code user} may write the value of {@code variable}.
     *
     * @param stock whether the variable is a read-only stock variable
     */
    public static boolean mayWrite(User user, Variable variable, boolean stock) {
        if (stock) {
            return false;
        }
        if (user.hasRight(Right.ADMIN)) {
            return true;
        }
        if (isOwner(user, variable)) {
            return variable.rights().ownerMayWrite();
        }
        return variable.rights().otherMayWrite();
    }

    /**
     * Returns whether {@code user} may delete {@code variable} or change its type, rights or
     * persistence: its owner or an admin, whatever the bits say.
     */
    public static boolean mayManage(User user, Variable variable, boolean stock) {
        return !stock && (user.hasRight(Right.ADMIN) || isOwner(user, variable));
    }

    private static boolean isOwner(User user, Variable variable) {
        return user.name().equals(variable.owner());
    }
}
