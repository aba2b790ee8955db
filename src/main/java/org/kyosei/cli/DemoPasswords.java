package org.kyosei.cli;

import java.security.SecureRandom;

import org.kyosei.security.PasswordPolicy;

/** Random passwords for the demo users: 14 characters from an alphabet without look-alike letters. */
final class DemoPasswords {
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 14;
    private static final SecureRandom RANDOM = new SecureRandom();

    private DemoPasswords() {
    }

    /** A random password {@link PasswordPolicy} accepts for {@code user}. */
    static String next(String user) {
        while (true) {
            String password = random();
            try {
                PasswordPolicy.check(user, password);
                return password;
            } catch (PasswordPolicy.WeakPasswordException unlucky) {
                // a draw that happens to hold the name or a common word: draw again
            }
        }
    }

    private static String random() {
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
