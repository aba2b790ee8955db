package org.kyosei.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;

import org.kyosei.privacy.PseudonymKeys;
import org.kyosei.privacy.Pseudonymizer;

import picocli.CommandLine.Model.CommandSpec;

/**
 * The one pseudonymisation key of an installation, so that the weekly report, the web UI and exports give a
 * person the same pseudonym: {@code KYOSEI_PSEUDONYM_KEY} when set (16 characters or more), otherwise the
 * owner-only file {@code pseudonym.key} beside the audit trail folder (created on first use).
 */
final class PseudonymKeyFile {
    static final String ENV = "KYOSEI_PSEUDONYM_KEY";

    private PseudonymKeyFile() {
    }

    static Path location(CommandSpec command) {
        return AuditSettings.dirFor(command).toAbsolutePath().normalize().resolveSibling("pseudonym.key");
    }

    /** The key as text, the form the web server's settings take. */
    static String keyText(CommandSpec command) {
        String configured = KyoseiEnvironment.of(command).get(ENV).orElse(null);
        if (configured != null) {
            if (configured.length() < 16) {
                throw new UserException(ENV + " must have at least 16 characters");
            }
            return configured;
        }
        return HexFormat.of().formatHex(PseudonymKeys.loadOrCreate(location(command)));
    }

    static Pseudonymizer pseudonymizer(CommandSpec command) {
        return Pseudonymizer.withKey(keyText(command).getBytes(StandardCharsets.UTF_8));
    }
}
