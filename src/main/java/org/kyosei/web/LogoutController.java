package org.kyosei.web;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Logout. With HTTP Basic and no session the server holds nothing to end: the web UI forgets the credentials (it
 * reloads itself; it never stores them). This call only puts the logout in the audit trail, as every /api/ call is.
 */
@RestController
@Tag(name = "accounts", description = "any user")
class LogoutController {
    @PostMapping("/api/logout")
    @Operation(summary = "Records a logout in the audit trail; the client then forgets its credentials")
    ResponseEntity<Void> logout() {
        return ResponseEntity.noContent().build();
    }
}
