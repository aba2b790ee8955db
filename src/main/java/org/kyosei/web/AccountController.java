package org.kyosei.web;

import java.util.List;

import org.kyosei.security.PasswordPolicy;
import org.kyosei.security.Role;
import org.kyosei.security.UserAccounts;
import org.kyosei.security.UserDirectory;
import org.kyosei.security.AuditAttributes;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/** Who am I (any user), and the users (ADMIN). */
@RestController
@Tag(name = "accounts", description = "/api/me: any user; /api/users: ADMIN")
class AccountController {
    private final UserDirectory directory;
    private final UserAccounts accounts;

    AccountController(UserDirectory directory, UserAccounts accounts) {
        this.directory = directory;
        this.accounts = accounts;
    }

    record Me(String name, Role role, boolean seesIdentities) {
    }

    record UserInfo(String name, Role role, boolean disabled) {
    }

    record UserChange(String role, String password) {
    }

    @GetMapping("/api/me")
    @Operation(summary = "The caller's name and role")
    Me me(Authentication user) {
        Role role = ApiUser.role(user);
        return new Me(user.getName(), role, role.seesIdentities());
    }

    @GetMapping("/api/users")
    @Operation(summary = "Users and their roles")
    List<UserInfo> users() {
        return directory.all().stream().map(u -> new UserInfo(u.name(), u.role(), UserAccounts.disabled(u))).toList();
    }

    @PutMapping("/api/users/{name}")
    @Operation(summary = "Creates or updates a user: {\"role\": \"ANALYST\", \"password\": \"...\"}; the password: 12 or more "
            + "characters, not containing the name, not a common one")
    UserInfo put(@PathVariable String name, @RequestBody UserChange change, HttpServletRequest request) {
        AuditAttributes.parameter(request, "role", change.role());
        Role role = Role.parse(change.role() == null ? "" : change.role()).orElseThrow(() -> BadParameterException.localized("role", "role.unknown"));
        try {
            accounts.addOrUpdate(name, role, change.password());
        } catch (PasswordPolicy.WeakPasswordException e) {
            throw BadParameterException.localized("password", e.key(), e.args());
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("name", e.getMessage());
        }
        return new UserInfo(name, role, false);
    }
}
