package org.kyosei.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Slows down password guessing. Failed logins are counted per user name and per client address; once a
 * name has {@value #USER_THRESHOLD} failures in a row (or an address {@value #CLIENT_THRESHOLD}), further
 * logins for it are refused with 429 for a lock time that starts at 30 s and doubles with every further
 * failure, up to 15 minutes, even with the right password. A successful login clears the name's count;
 * an address's count is forgotten 15 minutes after its last failure.
 *
 * <p>Many users share one address (a police office behind one NAT), so a sprayer there must not lock them all
 * out: a user who logged in successfully from an address in the last {@link #KNOWN_PAIR_FOR} is not held by
 * that address's lock (like OWASP's device cookies, keyed by user and address, since Basic has no cookie). The
 * user's own limit still holds for them, so guessing their password from that address is slowed as before; users
 * never seen at that address, and the sprayer, stay locked. The pairs live in memory: a restart forgets them.
 */
public final class LoginThrottle {
    public static final int USER_THRESHOLD = 5;
    public static final int CLIENT_THRESHOLD = 20;
    static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    static final Duration LONGEST_LOCK = Duration.ofMinutes(15);
    /** How long a successful login exempts that user at that address from the address's lock. */
    public static final Duration KNOWN_PAIR_FOR = Duration.ofDays(30);

    private final Clock clock;
    private final ConcurrentMap<String, Failures> users = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Failures> clients = new ConcurrentHashMap<>();
    /** "user NUL address" to the time of that user's last successful login from that address. */
    private final ConcurrentMap<String, Instant> knownPairs = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    private record Failures(int count, Instant last) {
    }

    /** How long logins for this user from this client stay refused, if they are. */
    public Optional<Duration> lockedFor(String user, String client) {
        Instant now = clock.instant();
        Duration wait = remaining(users.get(user), USER_THRESHOLD, now);
        Duration clientWait = known(user, client, now) ? Duration.ZERO : remaining(clients.get(client), CLIENT_THRESHOLD, now);
        Duration longest = wait.compareTo(clientWait) >= 0 ? wait : clientWait;
        return longest.isPositive() ? Optional.of(longest) : Optional.empty();
    }

    public void failed(String user, String client) {
        Instant now = clock.instant();
        users.merge(user, new Failures(1, now), (old, one) -> new Failures(old.count() + 1, now));
        clients.merge(client, new Failures(1, now), (old, one) -> expired(old, now)
                ? new Failures(1, now) : new Failures(old.count() + 1, now));
    }

    /** A login with the right password: clears the user's failures and remembers the user at this address. */
    public void succeeded(String user, String client) {
        users.remove(user);
        knownPairs.put(pair(user, client), clock.instant());
    }

    private boolean known(String user, String client, Instant now) {
        String key = pair(user, client);
        Instant last = knownPairs.get(key);
        if (last == null) {
            return false;
        }
        if (last.plus(KNOWN_PAIR_FOR).isBefore(now)) {
            knownPairs.remove(key, last);
            return false;
        }
        return true;
    }

    private static String pair(String user, String client) {
        return user + '\u0000' + client;
    }

    private static boolean expired(Failures failures, Instant now) {
        return failures.last().plus(LONGEST_LOCK).isBefore(now);
    }

    private static Duration remaining(Failures failures, int threshold, Instant now) {
        if (failures == null || failures.count() < threshold) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures.count() - threshold, 10);
        Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
        if (lock.compareTo(LONGEST_LOCK) > 0) {
            lock = LONGEST_LOCK;
        }
        return Duration.between(now, failures.last().plus(lock));
    }
}
