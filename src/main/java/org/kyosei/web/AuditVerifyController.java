package org.kyosei.web;

import java.nio.file.Files;
import java.nio.file.Path;

import org.kyosei.audit.AuditException;
import org.kyosei.audit.TrailVerifier;
import org.kyosei.audit.Verification;
import org.kyosei.application.ServiceProperties;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Whether the audit trail the service reads is intact: every record's hash, sequence and link, the archives and the
 * head, as {@code kyosei audit verify} checks them. The signed anchors kept outside the service are checked by that
 * command, not here.
 */
@RestController
@Tag(name = "audit", description = "AUDITOR")
class AuditVerifyController {
    private final String auditDir;

    AuditVerifyController(ServiceProperties settings) {
        this.auditDir = settings.auditDir();
    }

    record Status(boolean intact, long records, long archived, long lastSeq, String lastHash, String problem) {
    }

    @GetMapping("/api/audit/verify")
    @Operation(summary = "Checks the audit trail's hash chain, archives and head; 'problem' names the first break")
    Status verify() {
        if (auditDir.isBlank() || !Files.isDirectory(Path.of(auditDir))) {
            throw new NotFoundException("this service has no audit trail folder to check");
        }
        Verification result;
        try {
            result = new TrailVerifier(Path.of(auditDir)).verify();
        } catch (AuditException e) {
            return new Status(false, 0, 0, 0, "", e.getMessage());
        }
        return new Status(result.intact(), result.records(), result.archived(), result.lastSeq(), result.lastHash(),
                result.problem().orElse(""));
    }
}
