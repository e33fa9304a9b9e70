package org.vscp.rest.security;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.vscp.rest.format.ResultCode;

/**
 * Checks a login: user name, password and client address, with a slow-down for addresses that
 * send repeated wrong passwords. Thread-safe.
 *
 * <p>The checks run in this order: the {@link LoginThrottle} lock for the pair of address and
 * user name, the user name (-14), the client address (-15) and the password (-16). Every rejection
 * after the throttle check counts as a failure for the pair. An unknown user name costs as much
 * hashing time as a known one, so the response time does not tell which names exist.
 */
public final class Authenticator {

    private static final Logger LOG = Logger.getLogger(Authenticator.class.getName());

    private final UserDirectory users;
    private final LoginThrottle throttle;
    private final PasswordHash unknownUserHash;

    /**
     * Creates an authenticator for {@code users}. Unknown names are checked against a hash with
     * the highest iteration count in {@code users}, or {@link PasswordHash#DEFAULT_ITERATIONS}
     * when there are no users.
     */
    public Authenticator(UserDirectory users, LoginThrottle throttle) {
        this.users = Objects.requireNonNull(users, "users");
        this.throttle = Objects.requireNonNull(throttle, "throttle");
        int iterations = users.users().stream()
                .mapToInt(user -> user.passwordHash().iterations())
                .max()
                .orElse(PasswordHash.DEFAULT_ITERATIONS);
        this.unknownUserHash = PasswordHash.unmatchable(iterations);
    }

    /**
     * Checks one login attempt. Blocks for the password hashing time (tens of milliseconds).
     *
     * @param userName the user name as sent, compared case-sensitively
     * @param secret the clear-text password as sent; it is neither kept nor logged
     * @param clientAddress the client's address as resolved by {@link ClientAddressResolver}
     */
    public Authentication authenticate(String userName, String secret, InetAddress clientAddress) {
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(clientAddress, "clientAddress");

        String logName = LogText.quote(userName);
        String address = clientAddress.getHostAddress();
        Optional<Duration> wait = throttle.tryBegin(clientAddress, userName);
        if (wait.isPresent()) {
            String waitText = seconds(wait.get());
            LOG.fine(() -> "Login rejected without a password check: user " + logName + " from "
                    + address + " is locked for " + waitText + " more.");
            return new Authentication.Rejected(ResultCode.INVALID_PASSWORD,
                    "Too many failed logins for this user from this address; wait " + waitText
                            + " before trying again.");
        }

        Authentication outcome = null;
        try {
            outcome = check(userName, secret, clientAddress, logName, address);
            return outcome;
        } finally {
            if (outcome instanceof Authentication.Accepted) {
                throttle.recordSuccess(clientAddress, userName);
            } else if (throttle.recordFailure(clientAddress, userName)) {
                LOG.warning(() -> "Logins for user " + logName + " from " + address
                        + " are locked for " + seconds(throttle.lockout()) + " after "
                        + throttle.maxFailures() + " consecutive failures.");
            }
        }
    }

    private Authentication check(String userName, String secret, InetAddress clientAddress,
            String logName, String address) {
        char[] password = secret.toCharArray();
        try {
            Optional<User> found = users.find(userName);
            if (found.isEmpty()) {
                unknownUserHash.matches(password);
                LOG.info(() -> "Login rejected: unknown user " + logName + " from " + address
                        + ".");
                return new Authentication.Rejected(ResultCode.INVALID_USER,
                        "No user with this name exists; check the user name.");
            }

            User user = found.get();
            boolean allowed = user.allowedAddresses().stream()
                    .anyMatch(range -> range.contains(clientAddress));
            if (!allowed) {
                LOG.warning(() -> "Login rejected: user " + logName + " may not log in from "
                        + address + ".");
                return new Authentication.Rejected(ResultCode.INVALID_ORIGIN, "This user may not"
                        + " log in from the address " + address + "; the administrator can add it"
                        + " to the user's allowed addresses.");
            }

            if (!user.passwordHash().matches(password)) {
                LOG.info(() -> "Login rejected: wrong password for user " + logName + " from "
                        + address + ".");
                return new Authentication.Rejected(ResultCode.INVALID_PASSWORD,
                        "The password is wrong; check it and try again.");
            }

            LOG.log(Level.FINE, () -> "User " + logName + " logged in from " + address + ".");
            return new Authentication.Accepted(user);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private static String seconds(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds == 1 ? "1 second" : seconds + " seconds";
    }
}
