package org.vscp.rest.security;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Slows down password guessing. It counts consecutive failed logins per pair of client address
 * and user name. After {@code maxFailures} of them, logins for that pair are rejected without a
 * password check until {@code lockout} has passed since the last failure. The next failure after
 * that locks the pair again, and a successful login clears its count. Thread-safe.
 *
 * <p>Callers bracket each password check with {@link #tryBegin} and then {@link #recordSuccess}
 * or {@link #recordFailure}. Checks still running count against the limit, so parallel requests
 * cannot try more passwords than one request after another could.
 *
 * <p>At most {@code maxEntries} pairs are tracked. When a new pair does not fit, the pair with the
 * oldest activity that is not locked is forgotten, or the oldest pair if all are locked, so a
 * flood of made-up names cannot grow memory without bound.
 */
public final class LoginThrottle {

    /** The default number of tracked (address, user name) pairs. */
    public static final int DEFAULT_MAX_ENTRIES = 10_000;

    /** The wait reported when too many checks for one pair are running at the same time. */
    static final Duration BUSY_WAIT = Duration.ofSeconds(1);

    /**
     * Names are cut to this length in keys, which bounds the memory per entry. Longer names with
     * the same start share one entry.
     */
    private static final int MAX_KEY_NAME_LENGTH = 256;

    private final int maxFailures;
    private final Duration lockout;
    private final Clock clock;
    private final int maxEntries;

    /** Entries in order of last activity, oldest first; guarded by {@code this}. */
    private final LinkedHashMap<Key, Entry> entries = new LinkedHashMap<>();

    /**
     * Creates a throttle that tracks up to {@value #DEFAULT_MAX_ENTRIES} pairs.
     *
     * @param maxFailures consecutive failures that lock a pair, at least 1
     * @param lockout how long a locked pair stays locked after its last failure; zero disables
     *     locking
     * @param clock the time source
     */
    public LoginThrottle(int maxFailures, Duration lockout, Clock clock) {
        this(maxFailures, lockout, clock, DEFAULT_MAX_ENTRIES);
    }

    LoginThrottle(int maxFailures, Duration lockout, Clock clock, int maxEntries) {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("The maximum number of login failures is "
                    + maxFailures + "; expected at least 1.");
        }
        if (lockout.isNegative()) {
            throw new IllegalArgumentException("The login lockout " + lockout
                    + " is negative; expected zero or more.");
        }
        if (maxEntries < 1) {
            throw new IllegalArgumentException("The maximum number of tracked logins is "
                    + maxEntries + "; expected at least 1.");
        }
        this.maxFailures = maxFailures;
        this.lockout = lockout;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.maxEntries = maxEntries;
    }

    /**
     * Starts a login attempt for the pair, unless it is locked or has too many checks running.
     *
     * @return empty if the attempt may check the password, which the caller must then end with
     *     {@link #recordSuccess} or {@link #recordFailure}; otherwise how long the client should
     *     wait, rounded up to whole seconds and at least one second
     */
    public synchronized Optional<Duration> tryBegin(InetAddress address, String userName) {
        Key key = Key.of(address, userName);
        Instant now = clock.instant();
        Entry entry = entries.get(key);

        if (entry != null) {
            Optional<Duration> remaining = entry.remainingLockout(now);
            if (remaining.isPresent()) {
                return remaining;
            }
            if (entry.running >= entry.allowedRunning()) {
                return Optional.of(BUSY_WAIT);
            }
        } else {
            entry = new Entry();
        }

        entry.running++;
        touch(key, entry);
        return Optional.empty();
    }

    /**
     * Ends an attempt with a failure.
     *
     * @return whether this failure locked the pair
     */
    public synchronized boolean recordFailure(InetAddress address, String userName) {
        Key key = Key.of(address, userName);
        Entry entry = entries.getOrDefault(key, new Entry());
        entry.running = Math.max(0, entry.running - 1);
        entry.failures = entry.failures == Integer.MAX_VALUE ? entry.failures : entry.failures + 1;
        entry.lastFailure = clock.instant();
        touch(key, entry);
        return entry.failures >= maxFailures && !lockout.isZero();
    }

    /** Ends an attempt with a success, which clears the pair's failures. */
    public synchronized void recordSuccess(InetAddress address, String userName) {
        Key key = Key.of(address, userName);
        Entry entry = entries.get(key);
        if (entry == null) {
            return;
        }

        entry.running = Math.max(0, entry.running - 1);
        entry.failures = 0;
        entry.lastFailure = null;
        if (entry.running == 0) {
            entries.remove(key);
        }
    }

    /** Returns how long the pair stays locked, or empty if it is not locked. */
    public synchronized Optional<Duration> remainingLockout(InetAddress address, String userName) {
        Entry entry = entries.get(Key.of(address, userName));
        return entry == null ? Optional.empty() : entry.remainingLockout(clock.instant());
    }

    public Duration lockout() {
        return lockout;
    }

    public int maxFailures() {
        return maxFailures;
    }

    /** Returns the number of tracked pairs. */
    synchronized int size() {
        return entries.size();
    }

    /** Moves the entry to the newest position, making room for it first if it is new. */
    private void touch(Key key, Entry entry) {
        if (entries.remove(key) == null && entries.size() >= maxEntries) {
            evictOne();
        }
        entries.put(key, entry);
    }

    private void evictOne() {
        Instant now = clock.instant();
        Iterator<Map.Entry<Key, Entry>> iterator = entries.entrySet().iterator();
        while (iterator.hasNext()) {
            if (iterator.next().getValue().remainingLockout(now).isEmpty()) {
                iterator.remove();
                return;
            }
        }

        Iterator<Key> oldest = entries.keySet().iterator();
        oldest.next();
        oldest.remove();
    }

    private record Key(InetAddress address, String userName) {

        static Key of(InetAddress address, String userName) {
            Objects.requireNonNull(address, "address");
            String name = userName.length() > MAX_KEY_NAME_LENGTH
                    ? userName.substring(0, MAX_KEY_NAME_LENGTH)
                    : userName;
            return new Key(address, name);
        }
    }

    private final class Entry {
        int failures;
        int running;
        Instant lastFailure;

        Optional<Duration> remainingLockout(Instant now) {
            if (failures < maxFailures || lastFailure == null || lockout.isZero()) {
                return Optional.empty();
            }

            Duration remaining = Duration.between(now, lastFailure.plus(lockout));
            if (remaining.isZero() || remaining.isNegative()) {
                return Optional.empty();
            }
            long seconds = remaining.toSeconds() + (remaining.toNanosPart() == 0 ? 0 : 1);
            return Optional.of(Duration.ofSeconds(seconds));
        }

        /**
         * Returns how many checks may run at once: the failures left before the lock, or one
         * when the pair is past the limit and its lockout has passed.
         */
        int allowedRunning() {
            return Math.max(1, maxFailures - failures);
        }
    }
}
