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
 * hash it was verified against, so a changed password or role takes effect at once.
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
        KyoseiUser user = directory.find(name).orElseThrow(() -> new BadCredentialsException("unknown user or wrong password"));
        String digest = digest(password);
        Verified known = verified.get(name);
        Instant now = clock.instant();
        boolean remembered = known != null && known.storedHash().equals(user.passwordHash()) && now.isBefore(known.until())
                && MessageDigest.isEqual(known.passwordDigest().getBytes(StandardCharsets.UTF_8), digest.getBytes(StandardCharsets.UTF_8));
        if (!remembered) {
            if (!encoder.matches(password, user.passwordHash())) {
                throw new BadCredentialsException("unknown user or wrong password");
            }
            verified.put(name, new Verified(digest, user.passwordHash(), now.plus(Duration.ofMinutes(REMEMBER_MINUTES))));
        }
        return UsernamePasswordAuthenticationToken.authenticated(name, null, List.of(new SimpleGrantedAuthority(user.role().authority())));
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
