package org.kyosei.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kyosei.store.Neo4jUserDirectory;
import org.kyosei.support.MovableClock;
import org.kyosei.support.SharedNeo4j;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Users remembered for a few seconds, on the real user store: changes made here at once, elsewhere within seconds. */
class RecentUserDirectoryTest {
    private static final Duration FRESH = Duration.ofSeconds(10);
    private static final PasswordEncoder ENCODER = UserAccounts.passwordEncoder();

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-29T09:00:00Z"));
    private Neo4jUserDirectory store;
    private RecentUserDirectory recent;

    @BeforeEach
    void freshUsers() {
        SharedNeo4j.emptied();
        store = new Neo4jUserDirectory(SharedNeo4j.driver());
        recent = new RecentUserDirectory(store, FRESH, clock);
        store.save(new KyoseiUser("kenji", Role.INVESTIGATOR, ENCODER.encode("first-password")));
    }

    private Authentication login(GraphAuthenticationProvider provider, String password) {
        return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("kenji", password));
    }

    @Test
    void aChangeMadeElsewhereShowsOnceTheRememberedUserIsStale() {
        assertThat(recent.find("kenji")).map(KyoseiUser::role).contains(Role.INVESTIGATOR);
        store.save(new KyoseiUser("kenji", Role.AUDITOR, ENCODER.encode("first-password")));

        assertThat(recent.find("kenji")).map(KyoseiUser::role).contains(Role.INVESTIGATOR);
        clock.advance(FRESH);
        assertThat(recent.find("kenji")).map(KyoseiUser::role).contains(Role.AUDITOR);
    }

    @Test
    void aChangeSavedThroughItShowsAtOnce() {
        recent.find("kenji");
        recent.save(new KyoseiUser("kenji", Role.OFFICE, ENCODER.encode("first-password")));
        assertThat(recent.find("kenji")).map(KyoseiUser::role).contains(Role.OFFICE);
    }

    @Test
    void unknownNamesAreNotRemembered() {
        assertThat(recent.find("nobody")).isEmpty();
        assertThat(recent.remembers("nobody")).isFalse();
        store.save(new KyoseiUser("nobody", Role.ANALYST, ENCODER.encode("some-password")));
        assertThat(recent.find("nobody")).isPresent();
    }

    @Test
    void aPasswordChangedElsewhereIsAcceptedAtOnceAndTheOldOneRefusedOnceStale() {
        GraphAuthenticationProvider provider = new GraphAuthenticationProvider(recent, ENCODER, clock);
        assertThat(login(provider, "first-password").getAuthorities()).extracting(Object::toString)
                .containsExactly(Role.INVESTIGATOR.authority());

        store.save(new KyoseiUser("kenji", Role.INVESTIGATOR, ENCODER.encode("second-password")));
        assertThat(login(provider, "second-password").isAuthenticated()).as("a new password makes it read the user again").isTrue();
        assertThatThrownBy(() -> login(provider, "first-password")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> login(provider, "wrong-password")).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void aRoleTakenAwayElsewhereIsGoneWithinTheFreshness() {
        GraphAuthenticationProvider provider = new GraphAuthenticationProvider(recent, ENCODER, clock);
        login(provider, "first-password");
        store.save(new KyoseiUser("kenji", Role.AUDITOR, ENCODER.encode("first-password")));
        clock.advance(FRESH);
        assertThat(login(provider, "first-password").getAuthorities()).extracting(Object::toString)
                .containsExactly(Role.AUDITOR.authority());
    }

    /** The user store, counting readings and running {@code duringRead} in the middle of one. */
    private class CountingStore implements UserDirectory {
        int reads;
        Runnable duringRead;

        @Override
        public Optional<KyoseiUser> find(String name) {
            reads++;
            Optional<KyoseiUser> user = store.find(name);
            if (duringRead != null) {
                Runnable once = duringRead;
                duringRead = null;
                once.run();
            }
            return user;
        }

        @Override
        public void save(KyoseiUser user) {
            store.save(user);
        }

        @Override
        public List<KyoseiUser> all() {
            return store.all();
        }
    }

    @Test
    void aBusyUserIsReadAgainInTheBackgroundSoNoRequestWaitsForTheDatabase() {
        CountingStore counting = new CountingStore();
        List<Runnable> queued = new ArrayList<>();
        RecentUserDirectory busy = new RecentUserDirectory(counting, FRESH, clock, queued::add);
        busy.find("kenji");
        assertThat(counting.reads).isEqualTo(1);

        clock.advance(FRESH.dividedBy(2).minusMillis(1));
        busy.find("kenji");
        assertThat(queued).as("nothing to do in the first half of the freshness").isEmpty();

        store.save(new KyoseiUser("kenji", Role.AUDITOR, ENCODER.encode("first-password")));
        clock.advance(Duration.ofMillis(1));
        assertThat(busy.find("kenji")).map(KyoseiUser::role).as("the remembered user still answers").contains(Role.INVESTIGATOR);
        busy.find("kenji");
        assertThat(queued).as("one background reading, however many requests").hasSize(1);
        assertThat(counting.reads).as("no request read the database itself").isEqualTo(1);

        queued.removeFirst().run();
        assertThat(counting.reads).isEqualTo(2);
        assertThat(busy.find("kenji")).map(KyoseiUser::role).contains(Role.AUDITOR);
        clock.advance(FRESH.dividedBy(2)); // past the first reading's freshness, within the second's
        assertThat(busy.find("kenji")).map(KyoseiUser::role).contains(Role.AUDITOR);
        assertThat(counting.reads).isEqualTo(2);
    }

    @Test
    void aBackgroundReadingThatASaveOvertookIsDropped() {
        CountingStore counting = new CountingStore();
        RecentUserDirectory busy = new RecentUserDirectory(counting, FRESH, clock, Runnable::run);
        busy.find("kenji");
        clock.advance(FRESH.dividedBy(2));
        counting.duringRead = () -> busy.save(new KyoseiUser("kenji", Role.OFFICE, ENCODER.encode("first-password")));
        busy.find("kenji"); // reads INVESTIGATOR in the background while the save lands

        assertThat(busy.find("kenji")).map(KyoseiUser::role).contains(Role.OFFICE);
    }

    @Test
    void aFailedBackgroundReadingLeavesTheUserUntilStaleThenTheRequestReadsIt() {
        UserDirectory failing = new CountingStore() {
            @Override
            public Optional<KyoseiUser> find(String name) {
                if (reads++ > 0 && Thread.currentThread().getName().equals("refresh")) {
                    throw new IllegalStateException("database unavailable");
                }
                return store.find(name);
            }
        };
        RecentUserDirectory busy = new RecentUserDirectory(failing, FRESH, clock, r -> {
            Thread thread = new Thread(r, "refresh");
            thread.start();
            try {
                thread.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        busy.find("kenji");
        clock.advance(FRESH.dividedBy(2));
        assertThat(busy.find("kenji")).isPresent();
        store.save(new KyoseiUser("kenji", Role.ANALYST, ENCODER.encode("first-password")));
        clock.advance(FRESH.dividedBy(2));
        assertThat(busy.find("kenji")).map(KyoseiUser::role).contains(Role.ANALYST);
    }
}
