package org.kyosei.web;

import org.kyosei.security.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The role of the authenticated caller. */
final class ApiUser {
    private ApiUser() {
    }

    static Role role(Authentication authentication) {
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .map(Role::nameIn).flatMap(a -> Role.parse(a).stream()).findFirst()
                .orElseThrow(() -> new IllegalStateException("an authenticated user without a Kyosei role"));
    }
}
