package org.kyosei.web;

import org.kyosei.security.AuditAttributes;
import org.kyosei.security.Role;
import org.kyosei.security.UserAccounts;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/** An ADMIN changes a user's role or disables a user (a new password, through {@code PUT /api/users/{name}}, enables it again). */
@RestController
@Tag(name = "accounts", description = "ADMIN")
class UserAdminController {
    private final UserAccounts accounts;

    UserAdminController(UserAccounts accounts) {
        this.accounts = accounts;
    }

    record RoleChange(String role) {
    }

    record Changed(String name, String role, boolean disabled) {
    }

    @PutMapping("/api/users/{name}/role")
    @Operation(summary = "Changes the role of an existing user, keeping its password: {\"role\": \"OFFICE\"}")
    Changed role(@PathVariable String name, @RequestBody RoleChange change, HttpServletRequest request) {
        String text = change == null || change.role() == null ? "" : change.role();
        AuditAttributes.parameter(request, "role", text);
        Role role = Role.parse(text).orElseThrow(() -> BadParameterException.localized("role", "role.unknown"));
        try {
            accounts.changeRole(name, role);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException(e.getMessage());
        }
        return new Changed(name, role.name(), false);
    }

    @PostMapping("/api/users/{name}/disable")
    @Operation(summary = "Disables a user: every login fails until an administrator sets a new password")
    Changed disable(@PathVariable String name, Authentication admin) {
        if (name.equals(admin.getName())) {
            throw BadParameterException.localized("name", "user.selfDisable");
        }
        try {
            accounts.disable(name);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException(e.getMessage());
        }
        return new Changed(name, "", true);
    }
}
