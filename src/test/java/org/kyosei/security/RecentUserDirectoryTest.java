package org.kyosei.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

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
}
