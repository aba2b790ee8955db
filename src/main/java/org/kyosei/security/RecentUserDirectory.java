package org.kyosei.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Remembers each user looked up for a few seconds, so that a service answering many requests of the same officer
 * does not read the user from the database for every one. A change saved through this directory takes effect at
 * once; one made elsewhere (another process, {@code kyosei user}) within {@code freshFor}. {@link #forget} drops a
 * remembered user, for a caller that found it out of date (a password that no longer verifies).
 *
 * <p>A user asked for in the second half of its freshness is read again in the background, and the new reading
 * replaces the remembered one; so a busy officer's requests never wait for the database. Before, every request that
 * arrived in the moment a user went stale read it again, all at once: every {@code freshFor} all request workers
 * stood still for 10-35 ms. A reading is never used past {@code freshFor} after it started, and one
 * started before a {@link #save} or {@link #forget} is dropped.
 */
public final class RecentUserDirectory implements UserDirectory {
    private record Remembered(Optional<KyoseiUser> user, Instant until) {
    }

    private final UserDirectory directory;
    private final Duration freshFor;
    private final Clock clock;
    private final Executor refresher;
    private final ConcurrentMap<String, Remembered> remembered = new ConcurrentHashMap<>();
    private final Set<String> refreshing = ConcurrentHashMap.newKeySet();
    /** Moves on at every save or forget: a background reading started before one is not kept. */
    private final AtomicLong changes = new AtomicLong();

    public RecentUserDirectory(UserDirectory directory, Duration freshFor, Clock clock) {
        this(directory, freshFor, clock, backgroundThread());
    }

    /** {@code refresher} runs the background readings (tests pass one that runs them when told). */
    RecentUserDirectory(UserDirectory directory, Duration freshFor, Clock clock, Executor refresher) {
        this.directory = directory;
        this.freshFor = freshFor;
        this.clock = clock;
        this.refresher = refresher;
    }

    /** One daemon thread, started when there is a reading to do and ended when idle. */
    private static Executor backgroundThread() {
        return new ThreadPoolExecutor(0, 1, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread thread = new Thread(r, "kyosei-user-refresh");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public Optional<KyoseiUser> find(String name) {
        Instant now = clock.instant();
        Remembered known = remembered.get(name);
        if (known != null && now.isBefore(known.until())) {
            if (!now.isBefore(known.until().minus(freshFor.dividedBy(2)))) { // in the second half of its freshness
                refreshInBackground(name);
            }
            return known.user();
        }
        long before = changes.get();
        Optional<KyoseiUser> user = directory.find(name);
        remember(name, user, now, before);
        return user;
    }

    private void refreshInBackground(String name) {
        if (!refreshing.add(name)) {
            return;
        }
        try {
            refresher.execute(() -> {
                try {
                    Instant started = clock.instant();
                    long before = changes.get();
                    remember(name, directory.find(name), started, before);
                } catch (RuntimeException e) {
                    // the remembered user stays until it is stale; the next request then reads it itself
                } finally {
                    refreshing.remove(name);
                }
            });
        } catch (RejectedExecutionException e) {
            refreshing.remove(name);
        }
    }

    /** Keeps a reading started at {@code readAt}, unless a save or forget came after it started. */
    private void remember(String name, Optional<KyoseiUser> user, Instant readAt, long changesBefore) {
        remembered.compute(name, (n, old) -> {
            if (changes.get() != changesBefore) {
                return old;
            }
            // unknown names are not remembered: a guessing client must not fill the map
            return user.isPresent() ? new Remembered(user, readAt.plus(freshFor)) : null;
        });
    }

    @Override
    public boolean remembers(String name) {
        Remembered known = remembered.get(name);
        return known != null && clock.instant().isBefore(known.until());
    }

    @Override
    public void forget(String name) {
        changes.incrementAndGet();
        remembered.remove(name);
    }

    @Override
    public void save(KyoseiUser user) {
        changes.incrementAndGet();
        remembered.remove(user.name());
        directory.save(user);
        changes.incrementAndGet();
        remembered.remove(user.name());
    }

    @Override
    public List<KyoseiUser> all() {
        return directory.all();
    }
}
