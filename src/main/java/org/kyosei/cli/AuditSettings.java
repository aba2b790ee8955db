package org.kyosei.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.kyosei.audit.FileAuditLog;
import org.kyosei.audit.SigningKeys;
import org.kyosei.audit.TrailAnchors;
import org.kyosei.audit.VerifyingKey;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Where a command's audit trail lives and how long records stay in the active file, from the command's options
 * and the launcher's environment ({@link KyoseiEnvironment}). The folder, first found wins: {@code --audit-dir DIR},
 * {@code KYOSEI_AUDIT_DIR}, {@code data/audit} when the graph is an external server ({@code --uri}), else the
 * folder {@code audit} beside the embedded store ({@code data/neo4j} → {@code data/audit}). Retention:
 * {@code KYOSEI_AUDIT_RETENTION_DAYS}, default 400 days. The service's force interval: {@code KYOSEI_AUDIT_FLUSH_MS},
 * default {@value #DEFAULT_FLUSH_MS} ms; 0 forces every record before its answer is sent. Anchors: the signing key
 * {@code KYOSEI_AUDIT_SIGNING_KEY}, default {@code keys/audit-signing.key} beside the audit folder; the anchors
 * folder {@code KYOSEI_AUDIT_ANCHORS_DIR}, default {@code audit-anchors} beside it; the service's anchor interval
 * {@code KYOSEI_AUDIT_ANCHOR_SECONDS}, default {@value #DEFAULT_ANCHOR_SECONDS}, 0 for none.
 */
final class AuditSettings {
    static final String AUDIT_DIR_OPTION = "--audit-dir";
    static final String CASE_OPTION = "--case";
    static final long DEFAULT_FLUSH_MS = 100;
    static final long DEFAULT_ANCHOR_SECONDS = 300;
    private static final Path EXTERNAL_DEFAULT = Path.of("data", "audit");

    private AuditSettings() {
    }

    static Path dirFor(CommandSpec command) {
        return value(command, AUDIT_DIR_OPTION).map(Path::of)
                .or(() -> configured(command, "KYOSEI_AUDIT_DIR").map(Path::of))
                .orElseGet(() -> besideTheStore(command));
    }

    /** The private key that signs anchors: outside the audit folder, in {@code keys} beside it by default. */
    static Path signingKeyFile(CommandSpec command) {
        return configured(command, "KYOSEI_AUDIT_SIGNING_KEY").map(Path::of)
                .orElseGet(() -> beside(command, "keys").resolve(SigningKeys.DEFAULT_NAME));
    }

    /** Where the trail's writers keep their anchors: {@code audit-anchors} beside the audit folder by default. */
    static Path anchorsDir(CommandSpec command) {
        return configured(command, "KYOSEI_AUDIT_ANCHORS_DIR").map(Path::of)
                .orElseGet(() -> beside(command, "audit-anchors"));
    }

    /** The public key beside the signing key, when there is one: what anchors are checked against by default. */
    static List<VerifyingKey> publicKeys(CommandSpec command) {
        Path beside = SigningKeys.publicFileFor(signingKeyFile(command));
        return Files.exists(beside) ? List.of(SigningKeys.loadPublic(beside)) : List.of();
    }

    static TrailAnchors anchors(CommandSpec command) {
        return new TrailAnchors(dirFor(command), signingKeyFile(command), anchorsDir(command), Clock.systemUTC());
    }

    /** How often the service signs its trail's head (when it moved); zero: never. */
    static Duration anchorInterval(CommandSpec command) {
        Optional<String> seconds = configured(command, "KYOSEI_AUDIT_ANCHOR_SECONDS");
        if (seconds.isEmpty()) {
            return Duration.ofSeconds(DEFAULT_ANCHOR_SECONDS);
        }
        try {
            long value = Long.parseLong(seconds.get().strip());
            if (value < 0 || value > 86_400) {
                throw new NumberFormatException();
            }
            return Duration.ofSeconds(value);
        } catch (NumberFormatException e) {
            throw new UserException("KYOSEI_AUDIT_ANCHOR_SECONDS must be a whole number of seconds from 0 to 86400, got '"
                    + seconds.get() + "'");
        }
    }

    private static Path beside(CommandSpec command, String name) {
        return dirFor(command).toAbsolutePath().normalize().resolveSibling(name);
    }

    static String caseReference(CommandSpec command) {
        return value(command, CASE_OPTION).or(() -> configured(command, "KYOSEI_CASE")).orElse("");
    }

    static Duration retention(CommandSpec command) {
        Optional<String> days = configured(command, "KYOSEI_AUDIT_RETENTION_DAYS");
        if (days.isEmpty()) {
            return FileAuditLog.DEFAULT_RETENTION;
        }
        try {
            long value = Long.parseLong(days.get().strip());
            if (value < 1) {
                throw new NumberFormatException();
            }
            return Duration.ofDays(value);
        } catch (NumberFormatException e) {
            throw new UserException("KYOSEI_AUDIT_RETENTION_DAYS must be a whole number of days >= 1, got '" + days.get() + "'");
        }
    }

    /** How long the service may hold written audit records before forcing them to the disk; zero: force each. */
    static Duration flushInterval(CommandSpec command) {
        Optional<String> millis = configured(command, "KYOSEI_AUDIT_FLUSH_MS");
        if (millis.isEmpty()) {
            return Duration.ofMillis(DEFAULT_FLUSH_MS);
        }
        try {
            long value = Long.parseLong(millis.get().strip());
            if (value < 0 || value > 60_000) {
                throw new NumberFormatException();
            }
            return Duration.ofMillis(value);
        } catch (NumberFormatException e) {
            throw new UserException("KYOSEI_AUDIT_FLUSH_MS must be a whole number of milliseconds from 0 to 60000, got '"
                    + millis.get() + "'");
        }
    }

    private static Path besideTheStore(CommandSpec command) {
        if (value(command, "--uri").isPresent() || configured(command, "KYOSEI_NEO4J_URI").isPresent()) {
            return EXTERNAL_DEFAULT;
        }
        Optional<String> db = value(command, "--db");
        if (db.isEmpty()) {
            return EXTERNAL_DEFAULT;
        }
        Path parent = Path.of(db.get()).toAbsolutePath().normalize().getParent();
        return parent == null ? Path.of("audit") : parent.resolve("audit");
    }

    private static Optional<String> value(CommandSpec command, String option) {
        OptionSpec spec = command == null ? null : command.findOption(option);
        if (spec == null || spec.getValue() == null) {
            return Optional.empty();
        }
        return Optional.of(String.valueOf((Object) spec.getValue())).filter(v -> !v.isBlank());
    }

    private static Optional<String> configured(CommandSpec command, String variable) {
        return KyoseiEnvironment.of(command).get(variable);
    }
}
