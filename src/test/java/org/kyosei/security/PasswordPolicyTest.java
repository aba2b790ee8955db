package org.kyosei.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The password rule of kyosei user add and PUT /api/users/{name}. */
class PasswordPolicyTest {
    private static void refused(String user, String password, String reason) {
        assertThatThrownBy(() -> PasswordPolicy.check(user, password)).as(password)
                .isInstanceOf(PasswordPolicy.WeakPasswordException.class)
                .hasMessageContaining(reason).hasMessageNotContaining("\n").hasMessageStartingWith("the password of user '" + user + "'");
    }

    @Test
    void refusesShortPasswordsLikePassword() {
        refused("kenji", "password", "at least 12 characters");
        refused("kenji", "Tr0ub4dor&3", "at least 12 characters");
        refused("kenji", "", "is empty");
        refused("kenji", null, "is empty");
        refused("kenji", "ａｂｃ".repeat(3), "at least 12 characters"); // 9 characters, 27 bytes
    }

    @Test
    void refusesPasswordsHoldingTheUserName() {
        refused("investigator", "investigator-password", "must not contain the user name");
        refused("kenji.sato", "My-KENJI.SATO-pass!", "must not contain the user name");
    }

    @Test
    void refusesCommonPasswordsAndTheirDecoratedForms() {
        for (String common : List.of("123456789012", "qwertyuiop123", "Password2026!", "P@ssw0rd12345", "pass-word-123456",
                "!!Welcome2024!!", "iloveyou1234", "1q2w3e4r5t6y", "Kyosei-2026-04", "aaaaaaaaaaaaaaaa", "abababababab")) {
            assertThatThrownBy(() -> PasswordPolicy.check("kenji", common)).as(common)
                    .isInstanceOf(PasswordPolicy.WeakPasswordException.class).hasMessageNotContaining(common);
        }
    }

    @Test
    void refusesWhatBcryptWouldCut() {
        refused("kenji", "x7#Lq".repeat(15), "at most 72 bytes");
    }

    @Test
    void acceptsLongUncommonPasswords() {
        for (String good : List.of("Fx-0-staple-battery", "tsuki ga kirei desu ne", "9fK#2mQ!vL7x", "右往左往する猫と犬と鳥たち", "calm-river-2026")) {
            assertThatCode(() -> PasswordPolicy.check("kenji", good)).as(good).doesNotThrowAnyException();
        }
    }
}
