package org.kyosei.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Remembers each user looked up for a few seconds, so that a service answering many requests of the same officer
 * does not read the user from the database for every one. A change saved through this directory takes effect at
 * once; one made elsewhere (another process, {@code kyosei user}) within {@code freshFor}. {@link #forget} drops a
 * remembered user, for a caller that found it out of date (a password that no longer verifies).
 */
public final class RecentUserDirectory implements UserDirectory {
    private record Remembered(Optional<KyoseiUser> user, Instant until) {
    }

    private final UserDirectory directory;
    private final Duration freshFor;
    private final Clock clock;
    private final ConcurrentMap<String, Remembered> remembered = new ConcurrentHashMap<>();

    public RecentUserDirectory(UserDirectory directory, Duration freshFor, Clock clock) {
        this.directory = directory;
        this.freshFor = freshFor;
        this.clock = clock;
    }

    @Override
    public Optional<KyoseiUser> find(String name) {
        Instant now = clock.instant();
        Remembered known = remembered.get(name);
        if (known != null && now.isBefore(known.until())) {
            return known.user();
        }
        Optional<KyoseiUser> user = directory.find(name);
        if (user.isPresent()) { // unknown names are not remembered: a guessing client must not fill the map
            remembered.put(name, new Remembered(user, now.plus(freshFor)));
        } else {
            remembered.remove(name);
        }
        return user;
    }

    @Override
    public boolean remembers(String name) {
        Remembered known = remembered.get(name);
        return known != null && clock.instant().isBefore(known.until());
    }

    @Override
    public void forget(String name) {
        remembered.remove(name);
    }

    @Override
    public void save(KyoseiUser user) {
        remembered.remove(user.name());
        directory.save(user);
        remembered.remove(user.name());
    }

    @Override
    public List<KyoseiUser> all() {
        return directory.all();
    }
}
