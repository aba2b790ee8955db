package org.kyosei.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

import org.kyosei.privacy.Pseudonymizer;

/**
 * The pseudonymisation key of the reports, kept in one file ({@value #FILE_NAME}) beside the
 * report folders so pseudonyms stay the same from week to week. Created (32 random bytes, owner
 * read/write only) on first use. The only place reports load a key, so a key store can replace it.
 */
public final class ReportPseudonymKey {
    public static final String FILE_NAME = "pseudonym.key";
    private static final int KEY_BYTES = 32;

    private ReportPseudonymKey() {
    }

    /** The pseudonymizer for reports written into {@code reportDir} (key in its parent folder). */
    public static Pseudonymizer forReportDir(Path reportDir) {
        Path parent = reportDir.toAbsolutePath().getParent();
        return Pseudonymizer.withKey(load(parent == null ? reportDir.toAbsolutePath() : parent));
    }

    static byte[] load(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        try {
            if (Files.exists(file)) {
                byte[] key = Files.readAllBytes(file);
                if (key.length < 16) {
                    throw new IllegalArgumentException(file + " holds " + key.length
                            + " bytes; a pseudonymisation key needs at least 16 (delete it to make a new one)");
                }
                return key;
            }
            Files.createDirectories(folder);
            byte[] key = new byte[KEY_BYTES];
            new SecureRandom().nextBytes(key);
            Files.write(file, key);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // the file system has no POSIX permissions; the folder's protection applies
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the pseudonymisation key " + file + ": " + e.getMessage(), e);
        }
    }
}
