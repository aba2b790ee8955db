package org.kyosei.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

import org.kyosei.application.ServiceProperties;
import org.kyosei.audit.AuditException;
import org.kyosei.audit.AuditRecord;
import org.kyosei.audit.TrailReader;
import org.kyosei.domain.DateParameters;
import org.kyosei.security.AuditAttributes;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The audit trail for the AUDITOR: who accessed what, filtered by subject, user and time, read through
 * {@link TrailReader}. The AUDITOR sees the trail only (no entity, name or graph data); reading the trail is
 * itself audited by the audit filter.
 */
@RestController
@Tag(name = "audit", description = "AUDITOR")
class AuditTrailController {
    static final int MAX_RECORDS = 1000;

    private final String auditDir;

    AuditTrailController(ServiceProperties settings) {
        String auditDir = settings.auditDir();
        this.auditDir = auditDir;
    }

    /** The matching records, oldest first; the latest {@code limit} of {@code total} when {@code truncated}. */
    record TrailPage(int total, boolean truncated, List<AuditRecord> records) {
    }

    @GetMapping("/api/audit")
    @Operation(summary = "Audit records, oldest first, filtered by subject id, user, case reference, since and "
            + "until (ISO date, inclusive, or instant); the latest 'limit'")
    TrailPage trail(@RequestParam(required = false) String subject, @RequestParam(required = false) String user,
                    @RequestParam(name = "case", required = false) String caseReference,
                    @RequestParam(required = false) String since, @RequestParam(required = false) String until,
                    @RequestParam(defaultValue = "200") int limit, HttpServletRequest request) {
        Limits.between("limit", limit, 1, MAX_RECORDS);
        Instant from = since == null || since.isBlank() ? Instant.EPOCH : instant("since", since.strip());
        // a date names its whole day: records before the next midnight
        Instant to = until == null || until.isBlank() ? Instant.MAX : instant("until", until.strip()).plus(
                until.strip().length() == 10 ? java.time.Duration.ofDays(1) : java.time.Duration.ofNanos(1));
        if (auditDir.isBlank() || !Files.isDirectory(Path.of(auditDir))) {
            throw new NotFoundException("this service has no audit trail folder to read");
        }
        Predicate<AuditRecord> filter = r -> !r.time().isBefore(from) && r.time().isBefore(to);
        if (caseReference != null && !caseReference.isBlank()) {
            filter = filter.and(r -> r.caseReference().equals(caseReference.strip()));
        }
        if (subject != null && !subject.isBlank()) {
            filter = filter.and(r -> r.concerns(subject.strip()));
        }
        if (user != null && !user.isBlank()) {
            filter = filter.and(r -> r.user().equals(user.strip()));
        }
        List<AuditRecord> records;
        try {
            records = new TrailReader(Path.of(auditDir)).read(filter);
        } catch (AuditException e) {
            throw new NotFoundException("the audit trail cannot be read: " + e.getMessage());
        }
        List<AuditRecord> page = records.subList(Math.max(0, records.size() - limit), records.size());
        AuditAttributes.parameter(request, "records", String.valueOf(page.size()));
        return new TrailPage(records.size(), page.size() < records.size(), List.copyOf(page));
    }

    private static Instant instant(String name, String text) {
        try {
            return DateParameters.parseDateOrInstant(name, text);
        } catch (DateParameters.BadDateException e) {
            throw new BadParameterException(name, e.getMessage());
        }
    }
}
