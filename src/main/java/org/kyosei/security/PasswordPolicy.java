package org.kyosei.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rule for passwords of the service's users, the one place both {@code kyosei user add} and an ADMIN's
 * {@code PUT /api/users/{name}} (through {@link UserAccounts}) apply: at least {@value #MIN_LENGTH} characters, at
 * most {@value #MAX_BYTES} bytes (bcrypt reads no further), not containing the user name (names of 3 or more
 * characters, ignoring case), at least {@value #MIN_DISTINCT} different characters, and not a common password: not
 * one of the bundled list ({@code common-passwords.txt}), nor one of its words with digits, symbols or separators
 * around or inside it ({@code Password2026!}). The reasons never repeat the password.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 12;
    public static final int MAX_BYTES = 72;
    public static final int MIN_DISTINCT = 5;
    private static final int SHORTEST_NAME_CHECKED = 3;
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** A password the policy refuses; the message is the one-line reason. */
    /** A refused password: the English reason, and the same as a message key ({@code problem.<key>}) with its arguments. */
    public static final class WeakPasswordException extends IllegalArgumentException {
        private final String key;
        private final transient Object[] args;

        WeakPasswordException(String reason, String key, Object... args) {
            super(reason);
            this.key = key;
            this.args = args;
        }

        public String key() {
            return key;
        }

        public Object[] args() {
            return args.clone();
        }
    }

    /**
     * Checks the password of {@code user}.
     *
     * @throws WeakPasswordException with the reason, naming the user but never the password
     */
    public static void check(String user, String password) {
        String whose = "the password of user '" + user + "'";
        if (password == null || password.isEmpty()) {
            throw new WeakPasswordException(whose + " is empty", "password.empty", user);
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new WeakPasswordException(whose + " must have at least " + MIN_LENGTH + " characters", "password.short", user, MIN_LENGTH);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new WeakPasswordException(whose + " must have at most " + MAX_BYTES + " bytes in UTF-8", "password.long", user, MAX_BYTES);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (user != null && user.length() >= SHORTEST_NAME_CHECKED && lower.contains(user.toLowerCase(Locale.ROOT))) {
            throw new WeakPasswordException(whose + " must not contain the user name", "password.name", user);
        }
        if (password.codePoints().distinct().count() < MIN_DISTINCT) {
            throw new WeakPasswordException(whose + " must have at least " + MIN_DISTINCT + " different characters", "password.distinct", user, MIN_DISTINCT);
        }
        if (common(lower)) {
            throw new WeakPasswordException(whose + " is a commonly used password or built on one; choose another", "password.common", user);
        }
    }

    private static boolean common(String lower) {
        if (COMMON.contains(lower)) {
            return true;
        }
        // the word inside: without digits and symbols around it, and without separators and digits within it
        String core = lower.replaceAll("^[^\\p{L}]+", "").replaceAll("[^\\p{L}]+$", "");
        return COMMON.contains(core) || COMMON.contains(core.replaceAll("[\\s._\\-0-9]+", ""));
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
