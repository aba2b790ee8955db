package org.kyosei.security;

import java.util.regex.Pattern;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Creates or updates users: checks the name and the password ({@link PasswordPolicy}), hashes the password with bcrypt. */
public final class UserAccounts {
    /** bcrypt cost: about 50-100 ms per check on this kind of machine, a brake on guessing. */
    public static final int BCRYPT_STRENGTH = 10;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.@-]{1,64}");

    private final UserDirectory directory;
    private final PasswordEncoder encoder;

    public UserAccounts(UserDirectory directory) {
        this(directory, passwordEncoder());
    }

    public UserAccounts(UserDirectory directory, PasswordEncoder encoder) {
        this.directory = directory;
        this.encoder = encoder;
    }

    public static PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(BCRYPT_STRENGTH);
    }

    /**
     * Creates the user or updates its role and password.
     *
     * @return whether the user existed before
     * @throws IllegalArgumentException naming what is wrong with the name
     * @throws PasswordPolicy.WeakPasswordException saying why {@link PasswordPolicy} refuses the password
     */
    public boolean addOrUpdate(String name, Role role, String password) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("user name '" + name + "' must be 1-64 characters of A-Z a-z 0-9 _ . @ -");
        }
        PasswordPolicy.check(name, password);
        boolean existed = directory.find(name).isPresent();
        directory.save(new KyoseiUser(name, role, encoder.encode(password)));
        return existed;
    }

    /** The hash prefix of a disabled user: no password matches it (as {@code passwd -l} does). */
    public static final String DISABLED = "!";

    public static boolean disabled(KyoseiUser user) {
        return user.passwordHash().startsWith(DISABLED);
    }

    /**
     * Changes the role of an existing user, keeping its password.
     *
     * @throws IllegalArgumentException when there is no such user
     */
    public void changeRole(String name, Role role) {
        KyoseiUser user = existing(name);
        directory.save(new KyoseiUser(user.name(), role, user.passwordHash()));
        directory.forget(name);
    }

    /**
     * Disables an existing user: its logins fail from now on, until an administrator sets a new password.
     *
     * @throws IllegalArgumentException when there is no such user
     */
    public void disable(String name) {
        KyoseiUser user = existing(name);
        if (!disabled(user)) {
            directory.save(new KyoseiUser(user.name(), user.role(), DISABLED + user.passwordHash()));
        }
        directory.forget(name);
    }

    private KyoseiUser existing(String name) {
        return (name == null ? java.util.Optional.<KyoseiUser>empty() : directory.find(name))
                .orElseThrow(() -> new IllegalArgumentException("no user '" + name + "'"));
    }
}
