package org.kyosei.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Checks HTTP Basic credentials against the users in the graph with bcrypt. Because Basic sends the password
 * with every request and bcrypt is deliberately slow, a verified password is remembered for
 * {@value #REMEMBER_MINUTES} minutes as a salted SHA-256 (salt random per process), together with the stored
 * hash it was verified against, so a changed password or role takes effect as soon as the directory shows it (at once,
 * or within seconds with a {@link RecentUserDirectory}; a password that no longer verifies against a remembered user
 * makes it read the user again).
 */
public final class GraphAuthenticationProvider implements AuthenticationProvider {
    static final long REMEMBER_MINUTES = 5;

    private final UserDirectory directory;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final byte[] salt = new byte[32];
    private final ConcurrentMap<String, Verified> verified = new ConcurrentHashMap<>();

    private record Verified(String passwordDigest, String storedHash, Instant until) {
    }

    public GraphAuthenticationProvider(UserDirectory directory, PasswordEncoder encoder, Clock clock) {
        this.directory = directory;
        this.encoder = encoder;
        this.clock = clock;
        new SecureRandom().nextBytes(salt);
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String name = authentication.getName();
        String password = String.valueOf(authentication.getCredentials());
        boolean fromMemory = directory.remembers(name);
        KyoseiUser user = directory.find(name).orElseThrow(() -> new BadCredentialsException("unknown user or wrong password"));
        boolean accepted = verifies(user, password);
        if (!accepted && fromMemory) {
            directory.forget(name); // the password may have changed elsewhere: read it again
            user = directory.find(name).orElseThrow(() -> new BadCredentialsException("unknown user or wrong password"));
            accepted = verifies(user, password);
        }
        if (!accepted) {
            throw new BadCredentialsException("unknown user or wrong password");
        }
        return UsernamePasswordAuthenticationToken.authenticated(name, null, List.of(new SimpleGrantedAuthority(user.role().authority())));
    }

    /** Whether the password is the user's: remembered from an earlier bcrypt check, or checked with bcrypt now. */
    private boolean verifies(KyoseiUser user, String password) {
        String name = user.name();
        String digest = digest(password);
        Verified known = verified.get(name);
        Instant now = clock.instant();
        boolean remembered = known != null && known.storedHash().equals(user.passwordHash()) && now.isBefore(known.until())
                && MessageDigest.isEqual(known.passwordDigest().getBytes(StandardCharsets.UTF_8), digest.getBytes(StandardCharsets.UTF_8));
        if (remembered) {
            return true;
        }
        if (!encoder.matches(password, user.passwordHash())) {
            return false;
        }
        verified.put(name, new Verified(digest, user.passwordHash(), now.plus(Duration.ofMinutes(REMEMBER_MINUTES))));
        return true;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private String digest(String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            return java.util.HexFormat.of().formatHex(sha.digest(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
